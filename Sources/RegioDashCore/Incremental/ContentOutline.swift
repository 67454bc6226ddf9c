/// What the content holds before narrative bodies are read: enough for the
/// site module to tell which pages a change affects, and so which bodies
/// it needs.
package struct ContentOutline: Sendable {
    /// A theme's folder.
    package struct ThemeEntry: Sendable {
        package let id: String
        /// Years with a figure or a narrative, ascending.
        package let years: [Int]
        /// The hash of every file directly in the folder (data files, theme.md).
        package let digest: UInt64
    }

    /// site.yaml, region.yaml and the free pages, each by its hash.
    package let digests: [String: UInt64]
    package let themes: [ThemeEntry]
    /// Every narrative on the site, with the hash of its file.
    package let narratives: [NarrativeKey: UInt64]
    /// The region's municipality codes, in order.
    package let municipalities: [String]
}

/// Which narrative bodies the pages to be rendered need: all of them, or
/// those of some theme years and some municipalities.
package struct BodyDemand: Sendable {
    package var everything: Bool
    package var themeYears: Set<ThemeYear>
    package var municipalities: Set<String>

    /// A theme and a year.
    package struct ThemeYear: Sendable, Hashable {
        package var theme: String
        package var year: Int

        package init(theme: String, year: Int) {
            self.theme = theme
            self.year = year
        }
    }

    package init(everything: Bool = false, themeYears: Set<ThemeYear> = [], municipalities: Set<String> = []) {
        self.everything = everything
        self.themeYears = themeYears
        self.municipalities = municipalities
    }

    package static let all = BodyDemand(everything: true)

    func wants(_ key: NarrativeKey) -> Bool {
        everything || municipalities.contains(key.municipality)
            || themeYears.contains(ThemeYear(theme: key.theme, year: key.year))
    }
}
