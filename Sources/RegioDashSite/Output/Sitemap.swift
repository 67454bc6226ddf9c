/// `sitemap.xml`: every page of the site. URLs are absolute when the site
/// has a `base_url` (as the sitemap protocol wants), else relative to the
/// sitemap itself.
enum Sitemap {
    static func write(pages: [String], baseURL: String?) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            output += "  <url><loc>\(Escaping.escaped(baseURL.map { $0 + folderURL(page) } ?? page))</loc></url>\n"
        }
        output += "</urlset>\n"
        return output
    }

    /// `kvo/index.html` → `kvo/`: how a web server shows a folder's page.
    static func folderURL(_ page: String) -> String {
        page == "index.html" ? "" : page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page
    }
}
