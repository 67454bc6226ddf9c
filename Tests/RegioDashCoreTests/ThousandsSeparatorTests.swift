import RegioDashCore
import RegioDashTestSupport
import Testing

/// "1.000" is a thousand in a Dutch spreadsheet and one in an English one:
/// read by what the rest of the file shows, or refused, never divided by 1,000.
@Suite("data.csv: thousands separators read by the file's evidence, or refused")
struct ThousandsSeparatorTests {
    private func read(_ text: String) -> ([Observation], Diagnostics) {
        var diagnostics = Diagnostics()
        let region = Region(name: "Test", municipalities: [
            Municipality(code: "GM0177", name: "Raalte", slug: "raalte", population: [2022: 38053]),
            Municipality(code: "GM0193", name: "Zwolle", slug: "zwolle", population: [2022: 130_500]),
        ])
        let rows = IndicatorTable.load(textFile(text), indicators: SampleTheme().descriptor.indicators, region: region,
                                       diagnostics: &diagnostics)
        return (rows, diagnostics)
    }

    @Test("a ; file is a Dutch spreadsheet's: 1.000 and 12.000 are thousands, 71,5 a decimal")
    func semicolons() {
        let (rows, diagnostics) = read("municipality;year;indicator;value\nraalte;2022;incidents;1.000\nzwolle;2022;incidents;12.000\nraalte;2022;success;71,5\n")
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(rows.map(\.value) == [1000, 12000, 71.5])
    }

    @Test("a , file whose other values have decimal points: \"1,000\" is a thousand")
    func commasWithPoints() {
        let (rows, diagnostics) = read("municipality,year,indicator,value\nraalte,2022,incidents,\"1,000\"\nraalte,2022,success,71.5\n")
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(rows.map(\.value) == [1000, 71.5])
    }

    @Test("a , file whose other values have decimal commas: \"1,000\" is a decimal (and 1.000 a thousand)")
    func commasWithCommas() {
        let (rows, diagnostics) = read("municipality,year,indicator,value\nraalte,2022,incidents,1.000\nraalte,2022,success,\"71,5\"\n")
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(rows.map(\.value) == [1000, 71.5])
    }

    @Test("a , file that shows nothing: \"1,000\" is refused with a hint, not read as 1")
    func commasWithoutEvidence() {
        let (rows, diagnostics) = read("municipality,year,indicator,value\nraalte,2022,incidents,\"1,000\"\nzwolle,2022,incidents,3\n")
        #expect(rows.map(\.value) == [3])
        #expect(diagnostics.errorLines == [
            "2:23 \"1,000\" can be 1000 (\",\" separating thousands) or a decimal, and nothing else in this file shows which "
                + "mark it uses for decimals: write 1000 for the whole number, or 1,0000 for the decimal",
        ])
    }

    @Test("values that disagree on the decimal mark make ambiguous ones refused")
    func conflicting() {
        let (rows, diagnostics) = read("municipality;year;indicator;value\nraalte;2022;success;71,5\nzwolle;2022;success;0.25\nraalte;2022;incidents;1.000\n")
        #expect(rows.map(\.value) == [71.5, 0.25])
        #expect(diagnostics.errorLines.count == 1)
        #expect(diagnostics.errorLines.first?.hasPrefix("4:") == true)
    }

    @Test("the evidence: unambiguous values first, the separator when there are none", arguments: [
        (["1.000", "12.000"], ";", Character?(",")), (["1,000"], ",", nil), (["1,000", "2.5"], ",", "."),
        (["1.000", "71,5"], ",", ","), (["2,5", "0.25"], ";", nil), (["1.234.567"], ",", ","), (["1.234,5"], ",", ","),
        (["0.500"], ";", "."), (["12", "7"], ",", nil),
    ] as [([String], Character, Character?)])
    func evidence(values: [String], separator: Character, mark: Character?) {
        #expect(NumberParser.decimalMark(of: values, separator: separator) == mark)
    }
}
