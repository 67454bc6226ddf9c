import RegioDashCore

/// What each page depends on, as one hash per page: a page is rendered again
/// only when its key changes. Narratives are tracked per page (a theme's year
/// page shows that year's narratives, a profile its municipality's); all
/// other content (site.yaml, region.yaml, data files, theme.md, free pages,
/// the years) is shared by every page, and so is the fingerprint of the
/// program and its plugins.
struct PageKeys: Sendable {
    /// Everything every page depends on.
    let layout: UInt64
    private let outline: ContentOutline
    private let narrativesByThemeYear: [String: [(String, UInt64)]]
    private let narrativesByMunicipality: [String: [(NarrativeKey, UInt64)]]

    init(outline: ContentOutline, fingerprint: UInt64) {
        self.outline = outline
        var parts: [UInt64] = [fingerprint]
        for (path, hash) in outline.digests.sorted(by: { $0.key < $1.key }) {
            parts.append(ContentHash.of(path) ^ hash)
        }
        for theme in outline.themes {
            parts.append(ContentHash.of(theme.id) ^ theme.digest)
            parts.append(ContentHash.combine(theme.years.map { UInt64($0) }))
        }
        parts.append(ContentHash.combine(outline.municipalities.map(ContentHash.of)))
        layout = ContentHash.combine(parts)
        var byThemeYear: [String: [(String, UInt64)]] = [:]
        var byMunicipality: [String: [(NarrativeKey, UInt64)]] = [:]
        for (key, hash) in outline.narratives {
            byThemeYear["\(key.theme)/\(key.year)", default: []].append((key.municipality, hash))
            byMunicipality[key.municipality, default: []].append((key, hash))
        }
        narrativesByThemeYear = byThemeYear
        narrativesByMunicipality = byMunicipality
    }

    /// A theme's page for a year: the layout and that year's narratives.
    func themeYear(_ theme: String, _ year: Int?) -> UInt64 {
        Self.themeYear(theme, year, layout: layout, narratives: narrativesByThemeYear["\(theme)/\(year ?? 0)"] ?? [])
    }

    /// A municipality's profile: the layout and its narratives.
    func profile(_ municipality: String) -> UInt64 {
        Self.profile(municipality, layout: layout, narratives: narrativesByMunicipality[municipality] ?? [])
    }

    /// A theme year's key from the narratives of that year (municipality code
    /// and hash, in any order).
    static func themeYear(_ theme: String, _ year: Int?, layout: UInt64, narratives: [(String, UInt64)]) -> UInt64 {
        ContentHash.combine([layout, ContentHash.of(theme), UInt64(year ?? 0)]
            + narratives.sorted { $0.0 < $1.0 }.map { ContentHash.of($0.0) ^ $0.1 })
    }

    /// A profile's key from the municipality's narratives (with hashes, in any order).
    static func profile(_ municipality: String, layout: UInt64, narratives: [(NarrativeKey, UInt64)]) -> UInt64 {
        ContentHash.combine([layout, ContentHash.of(municipality)]
            + narratives.sorted { $0.0 < $1.0 }.map { ContentHash.of("\($0.0.theme)/\($0.0.year)") ^ $0.1 })
    }

    /// The name of a theme year's scope in the manifest.
    static func themeYearScope(_ theme: String, _ year: Int) -> String {
        "theme/\(theme)/\(year)"
    }

    /// The name of a profile's scope in the manifest.
    static func profileScope(_ municipality: String) -> String {
        "profile/\(municipality)"
    }

    /// Every scope and its key, as the manifest keeps them.
    var scopes: [String: UInt64] {
        var scopes = ["layout": layout]
        for theme in outline.themes {
            for year in theme.years {
                scopes[Self.themeYearScope(theme.id, year)] = themeYear(theme.id, year)
            }
        }
        for municipality in outline.municipalities {
            scopes[Self.profileScope(municipality)] = profile(municipality)
        }
        return scopes
    }

    /// The narrative bodies needed to render what changed since `previous`
    /// (the scopes of the last build).
    func demand(since previous: [String: UInt64]?) -> BodyDemand {
        guard let previous, previous["layout"] == layout else { return .all }
        var demand = BodyDemand()
        for theme in outline.themes {
            for year in theme.years where previous[Self.themeYearScope(theme.id, year)] != themeYear(theme.id, year) {
                demand.themeYears.insert(.init(theme: theme.id, year: year))
            }
        }
        for municipality in outline.municipalities where previous[Self.profileScope(municipality)] != profile(municipality) {
            demand.municipalities.insert(municipality)
        }
        return demand
    }
}
