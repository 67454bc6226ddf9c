/// Reads `site.yaml`.
@_spi(Fuzzing)
public enum SiteLoader {
    static let keys = ["title", "language", "base_url", "publisher", "draft", "example_data", "reference_date", "license"]

    public static func load(_ file: TextFile, diagnostics: inout Diagnostics) -> SiteSettings? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.error("site.yaml is empty: it needs at least \"title:\"", at: file.location())
            return nil
        }
        guard let map = YAMLMapping(root, in: document, what: "site.yaml", keys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        let title = map.requiredText("title", what: "site.yaml", diagnostics: &diagnostics)
        var language = Language.nl
        if let node = map["language"], let code = document.text(node, "language", diagnostics: &diagnostics) {
            if let known = Language(rawValue: code.lowercased()) {
                language = known
            } else {
                diagnostics.error("language \"\(code)\" is not supported: use nl or en", at: document.location(of: node))
            }
        }
        var baseURL: String?
        if let node = map["base_url"], let url = document.text(node, "base_url", diagnostics: &diagnostics) {
            baseURL = normalizedBaseURL(url)
            if baseURL == nil {
                diagnostics.error(
                    "base_url must be an absolute http:// or https:// address, like https://example.org/veiligheid/",
                    at: document.location(of: node))
            }
        }
        var license: License?
        if let node = map["license"], let name = document.text(node, "license", diagnostics: &diagnostics) {
            license = License.named(name)
            if license == nil {
                diagnostics.error(
                    "license \"\(name)\" is neither an SPDX id regiodash knows (\(License.known.compactMap(\.id).joined(separator: ", "))) "
                        + "nor an http:// or https:// address of a licence",
                    at: document.location(of: node),
                    suggestion: Suggestion.closest(to: name, among: License.known.compactMap(\.id)))
            }
        }
        let settings = SiteSettings(
            title: title ?? "",
            language: language,
            baseURL: baseURL,
            publisher: map.optionalText("publisher", diagnostics: &diagnostics),
            draft: map.optionalBool("draft", diagnostics: &diagnostics) ?? false,
            exampleData: map.optionalBool("example_data", diagnostics: &diagnostics) ?? false,
            referenceDate: map.optionalDate("reference_date", diagnostics: &diagnostics),
            license: license)
        return title == nil ? nil : settings
    }

    /// `url` with a trailing slash, or nil when it is not an absolute web address.
    static func normalizedBaseURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }),
              url.split(separator: "/").count >= 2 else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
