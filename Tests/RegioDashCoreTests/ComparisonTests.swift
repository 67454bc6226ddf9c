import RegioDashCore
import Testing

@Suite("Comparison: per 1,000, totals and averages")
struct ComparisonTests {
    @Test("per 1,000, the population-weighted regional rate, plain averages, and no figure kept apart")
    func figures() async throws {
        let result = try await load(["themes/sample/data.csv": """
            municipality,year,indicator,value,source
            GM0177,2022,incidents,38,Bron A
            GM0193,2022,incidents,261,Bron B
            GM1773,2022,incidents,,
            GM0177,2022,success,69,Bron A
            GM0193,2022,success,80,
            """])
        let dataset = try #require(result.dataset)
        let theme = try #require(dataset.theme(id: "sample"))
        let comparison = theme.comparison(year: 2022)
        let municipality = try #require(dataset.region.municipality(code: "GM0177"))
        let raalte = try #require(comparison.row(for: municipality))
        #expect(raalte.cells[0].value == 38)
        // Raalte's 0,999 per 1,000 needs two decimals for two significant digits.
        #expect(comparison.scales[0] == MeasureScale(per: 1000, decimals: 2))
        #expect(abs((raalte.cells[0].rate ?? 0) - 38.0 / 38053 * 1000) < 1e-9)
        #expect(comparison.rows[2].cells[0].value == nil && comparison.rows[2].cells[0].rate == nil)

        let incidents = comparison.summaries[0]
        #expect(incidents.total == 299)
        #expect(incidents.reporting == 2)
        #expect(incidents.average == 149.5)
        #expect(abs((incidents.rate ?? 0) - 299.0 / (38053 + 130500) * 1000) < 1e-9)

        let success = comparison.summaries[1]
        #expect(success.total == nil)
        #expect(success.average == 74.5)
        #expect(success.rate == nil)
        #expect(comparison.sources == ["Bron A", "Bron B"])
    }
}
