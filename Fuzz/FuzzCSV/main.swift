// libFuzzer target: data.csv through the CSV reader and the indicator table.
// Build and run: scripts/fuzz.sh
import FuzzSupport
import RegioDashCore

private let indicators = [
    IndicatorDefinition(id: "incidents", kind: .count, label: LocalizedText("Incidents")),
    IndicatorDefinition(id: "success", kind: .percent, label: LocalizedText("Success")),
    IndicatorDefinition(id: "hours", kind: .number, label: LocalizedText("Hours")),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let file = FuzzInput.file(start, count, path: "themes/x/data.csv") else { return 0 }
    var diagnostics = Diagnostics()
    let rows = IndicatorTable.load(file, indicators: indicators, region: FuzzInput.region, diagnostics: &diagnostics)
    _ = Figures(rows)
    return 0
}
