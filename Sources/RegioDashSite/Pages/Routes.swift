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
    /// Top-level folders the site uses itself: no page may take them.
    var reservedFolders: [String] { ["assets", "data", strings.municipalitiesSlug] }

    /// A theme's page: `index.html` for its current year (see
    /// `Theme.currentYear`), a year folder for every other year.
    func theme(_ theme: Theme, year: Int? = nil) -> String {
        guard let year, year != theme.currentYear else { return "\(theme.slug(language))/index.html" }
        return "\(theme.slug(language))/\(year)/index.html"
    }

    func profile(_ municipality: Municipality) -> String {
        "\(strings.municipalitiesSlug)/\(municipality.slug)/index.html"
    }

    func page(_ slug: String) -> String {
        "\(slug)/index.html"
    }

    func download(_ theme: Theme, format: String) -> String {
        "data/\(theme.id).\(format)"
    }

    /// The URL of `target` as seen from the page at `page`: `../../kvo/index.html`.
    static func relative(from page: String, to target: String) -> String {
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] {
            common += 1
        }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to[common...].map(String.init)).joined(separator: "/")
    }
}
