/// `sitemap.xml`: every page of the site. URLs are absolute when the site
/// has a `base_url` (as the sitemap protocol wants), else relative to the
/// sitemap itself.
enum Sitemap {
    static func write(pages: [String], baseURL: String?) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let url = (baseURL ?? "") + (page == "index.html" ? "" : page.hasSuffix("/index.html") ? String(page.dropLast(10)) : page)
            output += "  <url><loc>\(Escaping.escaped(url.isEmpty ? "./" : url))</loc></url>\n"
        }
        output += "</urlset>\n"
        return output
    }
}
