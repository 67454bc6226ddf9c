/// Small content folders for tests: a region of three municipalities.
public enum Fixtures {
    public static let site = """
        title: Testregio veilig
        language: nl
        publisher: De coördinator
        example_data: true
        """

    public static let region = """
        name: Veiligheidsregio Test
        code: VR99
        municipalities:
          - code: GM0177
            name: Raalte
            population: {2021: 37765, 2022: 38053}
          - code: GM0193
            name: Zwolle
            population: {2021: 129000, 2022: 130500}
          - code: GM1773
            name: Olst-Wijhe
            population: {2021: 18300, 2022: 18400}
        """

    /// site.yaml and region.yaml, plus `extra` files.
    public static func content(_ extra: [String: String] = [:]) -> [String: String] {
        ["site.yaml": site, "region.yaml": region].merging(extra) { _, new in new }
    }
}

extension Fixtures {
    /// A region of `count` municipalities with undermining figures and a
    /// narrative each for `years`: enough pages that writing takes a while.
    public static func large(municipalities count: Int, years: [Int] = [2021, 2022]) -> [String: String] {
        var region = "name: Grote regio\nmunicipalities:\n"
        var data = "municipality,year,indicator,value\n"
        var files: [String: String] = [:]
        for index in 1...count {
            let code = "GM" + String(repeating: "0", count: 4 - String(index).count) + String(index)
            let slug = "gemeente-\(index)"
            region += "  - {code: \(code), name: Gemeente \(index), slug: \(slug), population: {"
                + years.map { "\($0): \(10_000 + index * 37)" }.joined(separator: ", ") + "}}\n"
            for year in years {
                data += "\(code),\(year),integral-controls,\(index % 17)\n"
                files["themes/undermining/\(slug)/\(year).md"] = "---\ntitle: Verslag \(index)\n---\n"
                    + String(repeating: "Gemeente \(index) deed in \(year) veel aan *veiligheid*. ", count: 12) + "\n"
            }
        }
        files["site.yaml"] = "title: Groot\n"
        files["region.yaml"] = region
        files["themes/undermining/data.csv"] = data
        files["pages/toegankelijkheid.md"] = "# Toegankelijkheid\n\nTekst.\n"
        return files
    }
}
