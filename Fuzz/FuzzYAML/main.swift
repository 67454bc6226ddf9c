// libFuzzer target: site.yaml and region.yaml. Build and run: scripts/fuzz.sh
import FuzzSupport
@_spi(Fuzzing) import RegioDashCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let file = FuzzInput.file(start, count, path: "region.yaml") else { return 0 }
    var diagnostics = Diagnostics()
    _ = SiteLoader.load(file, diagnostics: &diagnostics)
    if let region = RegionLoader.load(file, diagnostics: &diagnostics) {
        _ = region.population(in: 2022)
    }
    return 0
}
