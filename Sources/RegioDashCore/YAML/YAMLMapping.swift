/// A YAML mapping read strictly: keys it does not know are errors (with the
/// nearest known key as suggestion), so a typo is never a silent default.
struct YAMLMapping {
    let document: YAMLDocument
    let node: YAMLValue
    private let entries: [String: (key: YAMLValue, value: YAMLValue)]

    /// Reads `node` as a mapping with the given keys; nil (with an error)
    /// when it is something else.
    init?(_ node: YAMLValue, in document: YAMLDocument, what: String, keys: [String], diagnostics: inout Diagnostics) {
        guard case let .mapping(mapping, _) = node else {
            diagnostics.error(
                "\(what) must be a mapping of keys (\(keys.joined(separator: ", "))), not a \(document.kind(of: node))",
                at: document.location(of: node))
            return nil
        }
        var entries: [String: (key: YAMLValue, value: YAMLValue)] = [:]
        for (key, value) in mapping {
            guard case let .scalar(name, _, _) = key else {
                diagnostics.error("a key in \(what) must be a plain word", at: document.location(of: key))
                continue
            }
            guard keys.contains(name) else {
                diagnostics.error(
                    "unknown key \"\(name)\" in \(what): the keys are \(keys.joined(separator: ", "))",
                    at: document.location(of: key), suggestion: Suggestion.closest(to: name, among: keys))
                continue
            }
            entries[name] = (key, value)
        }
        self.document = document
        self.node = node
        self.entries = entries
    }

    /// The value of a key, nil when absent or null.
    subscript(key: String) -> YAMLValue? {
        guard let value = entries[key]?.value, !document.isNull(value) else { return nil }
        return value
    }

    var location: SourceLocation { document.location(of: node) }

    /// A required text; an error at the mapping when missing or empty.
    func requiredText(_ key: String, what: String, diagnostics: inout Diagnostics) -> String? {
        guard let value = self[key] else {
            diagnostics.error("\(what) needs \"\(key):\"", at: entries[key].map { document.location(of: $0.key) } ?? location)
            return nil
        }
        guard let text = document.text(value, key, diagnostics: &diagnostics) else { return nil }
        guard !text.isEmpty else {
            diagnostics.error("\"\(key)\" must not be empty", at: document.location(of: value))
            return nil
        }
        return text
    }

    /// An optional text; nil when absent, null or empty.
    func optionalText(_ key: String, diagnostics: inout Diagnostics) -> String? {
        guard let value = self[key], let text = document.text(value, key, diagnostics: &diagnostics),
              !text.isEmpty else { return nil }
        return text
    }

    func optionalBool(_ key: String, diagnostics: inout Diagnostics) -> Bool? {
        self[key].flatMap { document.bool($0, "\"\(key)\"", diagnostics: &diagnostics) }
    }

    func optionalDate(_ key: String, diagnostics: inout Diagnostics) -> CalendarDate? {
        self[key].flatMap { document.date($0, "\"\(key)\"", diagnostics: &diagnostics) }
    }
}
