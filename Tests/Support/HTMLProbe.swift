/// Reads what a page shows, for assertions: tables as rows of cell texts,
/// bar charts as (name, value) pairs, without depending on exact markup.
public enum HTMLProbe {
    /// The rows (header and body, each as its cells' texts) of the first
    /// table whose caption contains `caption`.
    public static func table(in html: String, caption: String) -> [[String]]? {
        for match in html.matches(of: /<table[^>]*>(.*?)<\/table>/.dotMatchesNewlines()) {
            let body = String(match.1)
            guard let found = body.firstMatch(of: /<caption[^>]*>(.*?)<\/caption>/.dotMatchesNewlines()),
                  text(String(found.1)).contains(caption) else { continue }
            return rows(body)
        }
        return nil
    }

    /// The row whose first cell is `header`, without that cell.
    public static func row(_ header: String, in rows: [[String]]) -> [String]? {
        rows.first { $0.first == header }.map { Array($0.dropFirst()) }
    }

    /// The bars of the chart whose title contains `title`: each
    /// municipality's name and the value written at its bar (or "no figure").
    public static func bars(in html: String, title: String) -> [(name: String, value: String)]? {
        for match in html.matches(of: /<svg class="bars"[^>]*>(.*?)<\/svg>/.dotMatchesNewlines()) {
            let svg = String(match.1)
            guard let found = svg.firstMatch(of: /<title>(.*?)<\/title>/), text(String(found.1)).contains(title) else { continue }
            return svg.matches(of: /<text[^>]*text-anchor="end">([^<]*)<\/text>(?:<rect[^>]*\/>)?<text[^>]*>([^<]*)<\/text>/)
                .map { (text(String($0.1)), text(String($0.2))) }
        }
        return nil
    }

    /// The text of a piece of HTML: tags dropped, entities decoded, white space folded.
    public static func text(_ html: String) -> String {
        let stripped = html.replacing(/<[^>]*>/, with: "")
            .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&#39;", with: "'").replacing("&amp;", with: "&")
        return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func rows(_ table: String) -> [[String]] {
        table.matches(of: /<tr[^>]*>(.*?)<\/tr>/.dotMatchesNewlines()).map { row in
            String(row.1).matches(of: /<t[hd][^>]*>(.*?)<\/t[hd]>/.dotMatchesNewlines()).map { text(String($0.1)) }
        }
    }

    /// The page without the search's own scripts (`zoeken/index.html` loads
    /// three by `src`, none inline): what is left must hold no script at all.
    public static func withoutSearchScripts(_ html: String) -> String {
        html.replacing(/<script src="(?:\.\.\/)*(?:assets\/search\.js|assets\/stem-(?:nl|en)\.js|meta\.js)"><\/script>/, with: "")
    }
}
