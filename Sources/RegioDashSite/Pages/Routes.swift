import RegioDashCore

/// The site's URL layout, as promised in CONTENT-FORMAT.md: council members
/// bookmark these, so they do not change. Every path is a file path from the
/// site's root; links between pages are made relative with `relative(from:to:)`.
struct Routes: Sendable {
    let language: Language
    let strings: Strings

    static let overview = "index.html"
    static let stylesheet = "assets/regiodash.css"
    static let sitemap = "sitemap.xml"
    /// The Atom feed of what changed with each publication.
    static let feed = "feed.xml"
    /// The Frictionless Data Package that describes the CSV downloads.
    static let dataPackage = "data/datapackage.json"
    /// Top-level folders the site uses itself: no page may take them.
    var reservedFolders: [String] { ["assets", "data", strings.municipalitiesSlug, strings.topicsSlug, strings.searchSlug,
                                        strings.chartsSlug, Self.embedFolder, strings.whatsNewSlug] }

    /// A theme's page: `index.html` for its current year (see
    /// `Theme.currentYear`), a year folder for every other year.
    func theme(_ theme: Theme, year: Int? = nil) -> String {
        guard let year, year != theme.currentYear else { return "\(theme.slug(language))/index.html" }
        return "\(theme.slug(language))/\(year)/index.html"
    }

    func profile(_ municipality: Municipality) -> String {
        "\(strings.municipalitiesSlug)/\(municipality.slug)/index.html"
    }

    /// A municipality's handout on a theme, beside its profile.
    func handout(_ municipality: Municipality, _ theme: Theme) -> String {
        "\(strings.municipalitiesSlug)/\(municipality.slug)/\(theme.slug(language))/index.html"
    }

    /// A theme page's bar chart as a file of its own: `svg` or `csv`.
    func chart(_ theme: Theme, year: Int, indicator: String, format: String) -> String {
        "\(strings.chartsSlug)/\(theme.slug(language))/\(year)/\(indicator).\(format)"
    }

    /// The bare page of a theme's indicator, to sit in another site's `<iframe>`.
    static let embedFolder = "embed"
    func embed(_ theme: Theme, indicator: String) -> String {
        "\(Self.embedFolder)/\(theme.slug(language))/\(indicator)/index.html"
    }

    /// The search's script; the stemmer of the site's language beside it.
    static let searchScript = "assets/search.js"
    var stemmerScript: String { "assets/stem-\(language.rawValue).js" }

    /// The search page, and the files of its index beside it.
    var search: String { "\(strings.searchSlug)/index.html" }
    func searchFile(_ name: String) -> String { "\(strings.searchSlug)/\(name)" }

    /// What changed with each publication, as the feed tells it.
    var whatsNew: String { "\(strings.whatsNewSlug)/index.html" }

    /// The index of the narratives' topics.
    var topics: String { "\(strings.topicsSlug)/index.html" }

    /// The page of one topic: every passage with its tag.
    func topic(_ slug: String) -> String {
        "\(strings.topicsSlug)/\(slug)/index.html"
    }

    func page(_ slug: String) -> String {
        "\(slug)/index.html"
    }

    func download(_ theme: Theme, format: String) -> String {
        "data/\(theme.id).\(format)"
    }

    /// The URL of `target` (a file) as seen from the page at `page`:
    /// `../../kvo/index.html`. Every link of every page is made here, so it
    /// works on the bytes: the folders both paths start with are dropped,
    /// and each folder of the page's left climbs one up.
    static func relative(from page: String, to target: String) -> String {
        let slash = UInt8(ascii: "/")
        var page = page
        var target = target
        return page.withUTF8 { from in
            target.withUTF8 { to in
                var common = 0
                var index = 0
                while index < from.count, index < to.count, from[index] == to[index] {
                    if from[index] == slash { common = index + 1 }
                    index += 1
                }
                let up = from[common...].count { $0 == slash }
                var bytes: [UInt8] = []
                bytes.reserveCapacity(3 * up + to.count - common)
                for _ in 0..<up { bytes.append(contentsOf: "../".utf8) }
                bytes.append(contentsOf: to[common...])
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}
