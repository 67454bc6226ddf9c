/// What the content holds before narrative bodies are read: enough for the
/// site module to tell which pages a change affects, and so which bodies
/// it needs.
public struct ContentOutline: Sendable {
    /// A theme's folder.
    public struct ThemeEntry: Sendable {
        public let id: String
        /// Years with a figure or a narrative, ascending.
        public let years: [Int]
        /// The hash of every file directly in the folder (data files, theme.md).
        public let digest: UInt64
    }

    /// site.yaml, region.yaml and the free pages, each by its hash.
    public let digests: [String: UInt64]
    public let themes: [ThemeEntry]
    /// Every narrative on the site, with the hash of its file.
    public let narratives: [NarrativeKey: UInt64]
    /// The region's municipality codes, in order.
    public let municipalities: [String]
}

/// Which narrative bodies the pages to be rendered need: all of them, or
/// those of some theme years and some municipalities.
public struct BodyDemand: Sendable {
    public var everything: Bool
    public var themeYears: Set<ThemeYear>
    public var municipalities: Set<String>

    /// A theme and a year.
    public struct ThemeYear: Sendable, Hashable {
        public var theme: String
        public var year: Int

        public init(theme: String, year: Int) {
            self.theme = theme
            self.year = year
        }
    }

    public init(everything: Bool = false, themeYears: Set<ThemeYear> = [], municipalities: Set<String> = []) {
        self.everything = everything
        self.themeYears = themeYears
        self.municipalities = municipalities
    }

    public static let all = BodyDemand(everything: true)

    func wants(_ key: NarrativeKey) -> Bool {
        everything || municipalities.contains(key.municipality)
            || themeYears.contains(ThemeYear(theme: key.theme, year: key.year))
    }
}
