import RegioDashCore
import RegioDashTestSupport
import Testing

@Suite("data.csv: every error the contract lists, at its line and column")
struct IndicatorTableTests {
    private let header = "municipality,year,indicator,value,source,note\n"

    private func read(_ text: String) -> ([Observation], Diagnostics) {
        var diagnostics = Diagnostics()
        let region = Region(name: "Test", municipalities: [
            Municipality(code: "GM0177", name: "Raalte", slug: "raalte", population: [2022: 38053]),
            Municipality(code: "GM0193", name: "Zwolle", slug: "zwolle"),
        ])
        let rows = IndicatorTable.load(textFile(text), indicators: SampleTheme().descriptor.indicators, region: region,
                                       diagnostics: &diagnostics)
        return (rows, diagnostics)
    }

    @Test("good rows: by code or slug, any column order, source and note kept")
    func good() throws {
        let (rows, diagnostics) = read("value,indicator,year,municipality,note,source\n3,incidents,2022,GM0177,thema x,Jaarverslag\n69%,success,2022,raalte,,\n,incidents,2022,zwolle,,\n")
        #expect(diagnostics.all.isEmpty)
        #expect(rows.count == 3)
        let first = try #require(rows.first)
        #expect(first.municipality == "GM0177" && first.year == 2022 && first.value == 3)
        #expect(first.source == "Jaarverslag" && first.note == "thema x")
        #expect(rows[1].value == 69)
        #expect(rows[2].municipality == "GM0193" && rows[2].value == nil)
        #expect(first.location.line == 2)
    }

    @Test("semicolons and decimal commas, with a byte-order mark and CRLF")
    func dutchExcel() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("data.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("municipality;year;indicator;value\r\nGM0177;2022;hours;12,5\r\nGM0177;2022;success;72,5\r\n".utf8))
        var diagnostics = Diagnostics()
        let file = try #require(ContentFolder(root: folder.path).read("data.csv", diagnostics: &diagnostics))
        let region = Region(name: "Test", municipalities: [Municipality(code: "GM0177", name: "Raalte", slug: "raalte")])
        let rows = IndicatorTable.load(file, indicators: SampleTheme().descriptor.indicators, region: region, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(rows.map(\.value) == [12.5, 72.5])
    }

    @Test("an unknown municipality suggests the nearest code")
    func unknownMunicipality() {
        let (rows, diagnostics) = read(header + "GM0178,2022,incidents,3,,\n")
        #expect(rows.isEmpty)
        #expect(diagnostics.errorLines == ["2:1 unknown municipality \"GM0178\": use a CBS code or slug from region.yaml; did you mean GM0177 (Raalte)?"])
    }

    @Test("a misspelt slug suggests the municipality too")
    func misspeltSlug() {
        let (_, diagnostics) = read(header + "zwole,2022,incidents,3,,\n")
        #expect(diagnostics.all.first?.suggestion == "GM0193 (Zwolle)")
    }

    @Test("an unknown indicator names the theme's indicators and the nearest one")
    func unknownIndicator() {
        let (_, diagnostics) = read(header + "GM0177,2022,incident,3,,\n")
        #expect(diagnostics.errorLines == ["2:13 unknown indicator \"incident\": this theme has incidents, success, hours; did you mean incidents?"])
    }

    @Test("a value that is not a number")
    func notANumber() {
        let (_, diagnostics) = read(header + "GM0177,2022,incidents,drie,,\n")
        #expect(diagnostics.errorLines.first?.hasPrefix("2:23 \"drie\" is not a number") == true)
    }

    @Test("a negative count")
    func negativeCount() {
        let (_, diagnostics) = read(header + "GM0177,2022,incidents,-3,,\n")
        #expect(diagnostics.errorLines == ["2:23 a count cannot be negative: \"-3\" for incidents"])
    }

    @Test("a count that is not whole, with a hint about thousands separators")
    func fractionalCount() {
        // A ; file writes decimal commas, so "1,234" is read as a decimal: not a whole count.
        let (_, diagnostics) = read("municipality;year;indicator;value\nGM0177;2022;incidents;1,234\n")
        #expect(diagnostics.errorLines == ["2:23 a count must be a whole number: \"1,234\" for incidents (if you meant 1234, write it without a thousands separator)"])
    }

    @Test("a percentage above 100")
    func percentageAbove100() {
        let (_, diagnostics) = read(header + "GM0177,2022,success,104,,\n")
        #expect(diagnostics.errorLines == ["2:21 a percentage cannot be above 100: \"104\" for success"])
    }

    @Test("a duplicate municipality, year and indicator points to the first")
    func duplicate() {
        let (rows, diagnostics) = read(header + "GM0177,2022,incidents,3,,\nraalte,2022,incidents,4,,\n")
        #expect(rows.count == 1)
        #expect(diagnostics.errorLines == ["3:1 duplicate figure: Raalte 2022 incidents is already given on line 2; keep one of the two rows"])
    }

    @Test("a wrong number of fields")
    func fieldCount() {
        let (_, diagnostics) = read(header + "GM0177,2022,incidents,3,,,extra\n")
        #expect(diagnostics.errorLines.first?.hasPrefix("2:27 this row has 7 fields but the header has 6") == true)
    }

    @Test("an unterminated quote")
    func unterminatedQuote() {
        let (_, diagnostics) = read(header + "GM0177,2022,incidents,3,\"Jaarverslag,\nGM0193,2022,incidents,5,,\n")
        #expect(diagnostics.errorLines.first?.hasPrefix("2:25 unterminated quote") == true)
    }

    @Test("a year that is not four digits")
    func badYear() {
        let (_, diagnostics) = read(header + "GM0177,22,incidents,3,,\n")
        #expect(diagnostics.errorLines == ["2:8 \"22\" is not a year: write four digits, like 2022"])
    }

    @Test("an unknown column suggests the nearest, a missing one is named")
    func headerProblems() {
        let (_, unknown) = read("municipality,year,indicator,value,nota\n")
        #expect(unknown.errorLines == ["1:35 unknown column \"nota\": the columns are municipality, year, indicator, value, source, note; did you mean note?"])
        let (_, missing) = read("municipality,year,value\n")
        #expect(missing.errorLines.first?.contains("the header has no column \"indicator\"") == true)
    }

    @Test("every bad row of a file is reported in one run")
    func allErrors() {
        let (rows, diagnostics) = read(header + "GM0178,2022,incidents,3,,\nGM0177,2022,success,104,,\nGM0177,2022,incidents,x,,\nGM0177,2022,incidents,2,,\n")
        #expect(diagnostics.errorCount == 3)
        #expect(rows.count == 1)
    }
}
