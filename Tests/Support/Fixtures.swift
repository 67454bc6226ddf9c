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
