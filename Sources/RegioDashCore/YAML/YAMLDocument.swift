import Yams

/// A YAML document in a content file (a whole `.yaml` file, or the front
/// matter of a Markdown file), read strictly and with positions: every value
/// can say where it stands, so every problem is reported at its line.
struct YAMLDocument {
    let file: TextFile
    /// Lines of the file before the YAML text (front matter starts at line 2).
    let lineOffset: Int
    /// The document's root, nil for an empty document.
    let root: YAMLValue?

    /// Parses `yaml`; a syntax error is reported at its position and gives nil.
    static func parse(_ yaml: String, in file: TextFile, lineOffset: Int = 0,
                      diagnostics: inout Diagnostics) -> YAMLDocument? {
        if let simple = SimpleYAML.mapping(yaml) {
            return YAMLDocument(file: file, lineOffset: lineOffset, root: simple)
        }
        if let anchor = YAMLAnchors.first(in: yaml) {
            diagnostics.error(
                "YAML anchors (&name) and aliases (*name) are not allowed in content files: write each value out"
                    + (anchor.isAlias ? " (text that starts with * must be put in quotes)" : ""),
                at: file.location(line: anchor.line + lineOffset, column: anchor.column))
            return nil
        }
        do {
            // An explicit encoding: Yams' default reads the whole process environment on every parse.
            // No tag rules: the loaders read each scalar's text themselves, and
            // the default rules' regular expressions ran on every key the
            // duplicate-key check hashed (a third of parsing region.yaml).
            // Keys are duplicates when their texts are equal, as before.
            let root = try Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8).singleRoot()
            return YAMLDocument(file: file, lineOffset: lineOffset, root: root.map(YAMLValue.init))
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            diagnostics.error(
                "this is not valid YAML (\(message)): " + hint(for: message),
                at: file.location(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1))
        } catch {
            diagnostics.error("this is not valid YAML: \(error)", at: file.location(line: lineOffset + 1))
        }
        return nil
    }

    /// What to do about a parser message, in the terms of someone editing text.
    private static func hint(for message: String) -> String {
        if message.contains("alias") || message.contains("cannot start any token") {
            return "a value that starts with *, &, @, ` or % must be put in quotes"
        }
        if message.contains("nesting level") {
            return "content files are flat lists and mappings; this is nested far too deeply"
        }
        if message.contains("mapping values are not allowed") {
            return "a value that contains \": \" must be put in quotes"
        }
        return "check indentation, colons and quotes here"
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return ([context?.text, problem].compactMap { $0 }.joined(separator: ", "), mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("the key \(duplicates.joined(separator: ", ")) appears twice", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }

    /// Where a value stands in the file.
    func location(of value: YAMLValue) -> SourceLocation {
        file.location(line: value.position.line + lineOffset, column: value.position.column)
    }

    /// The location of the document as a whole (its first line).
    var start: SourceLocation {
        root.map(location(of:)) ?? file.location(line: lineOffset + 1)
    }
}

// MARK: - Scalars

extension YAMLDocument {
    /// A text in both languages: `{nl: …, en: …}`, or one text for both.
    func localized(_ node: YAMLValue, _ what: String, diagnostics: inout Diagnostics) -> LocalizedText? {
        if case .scalar = node {
            guard let text = text(node, what, diagnostics: &diagnostics), !text.isEmpty else {
                diagnostics.error("\"\(what)\" must not be empty", at: location(of: node))
                return nil
            }
            return LocalizedText(nl: text, en: text)
        }
        guard let map = YAMLMapping(node, in: self, what: what, keys: ["nl", "en"], diagnostics: &diagnostics) else {
            return nil
        }
        let nl = map.requiredText("nl", what: "\"\(what)\"", diagnostics: &diagnostics)
        let en = map.requiredText("en", what: "\"\(what)\"", diagnostics: &diagnostics)
        guard let nl, let en else { return nil }
        return LocalizedText(nl: nl, en: en)
    }

    /// Whether a value is YAML's null (`~`, `null` or nothing at all).
    func isNull(_ value: YAMLValue) -> Bool {
        guard case let .scalar(text, plain, _) = value, plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A scalar's text, trimmed; nil for a list or mapping (without an error).
    func plainText(_ node: YAMLValue) -> String? {
        guard case let .scalar(text, _, _) = node else { return nil }
        return text.trimmingWhitespace
    }

    /// A scalar's text, trimmed; an error when the node is a list or mapping.
    func text(_ node: YAMLValue, _ what: String, diagnostics: inout Diagnostics) -> String? {
        guard case let .scalar(text, _, _) = node else {
            diagnostics.error("\(what) must be a single value, not a \(kind(of: node))", at: location(of: node))
            return nil
        }
        return text.trimmingWhitespace
    }

    /// A whole number; "37.765" is refused with a hint about thousands separators.
    func integer(_ node: YAMLValue, _ what: String, diagnostics: inout Diagnostics) -> Int? {
        guard let text = text(node, what, diagnostics: &diagnostics) else { return nil }
        let digits = text.replacingUnderscores
        if let value = Int(digits) { return value }
        if digits.contains(".") || digits.contains(",") {
            let plain = digits.filter { $0 != "." && $0 != "," }
            diagnostics.error(
                "\(what) must be a whole number, not \"\(text)\": write it without a thousands separator"
                    + (Int(plain) != nil ? " (\(plain))" : ""), at: location(of: node))
        } else {
            diagnostics.error("\(what) must be a whole number, not \"\(text)\"", at: location(of: node))
        }
        return nil
    }

    /// true/false (also yes/no).
    func bool(_ node: YAMLValue, _ what: String, diagnostics: inout Diagnostics) -> Bool? {
        guard let text = text(node, what, diagnostics: &diagnostics) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.error("\(what) must be true or false, not \"\(text)\"", at: location(of: node))
            return nil
        }
    }

    /// An ISO date, `YYYY-MM-DD`.
    func date(_ node: YAMLValue, _ what: String, diagnostics: inout Diagnostics) -> CalendarDate? {
        guard let text = text(node, what, diagnostics: &diagnostics) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            diagnostics.error("\(what) must be a date written as YYYY-MM-DD, not \"\(text)\"", at: location(of: node))
            return nil
        }
        return date
    }

    func kind(of node: YAMLValue) -> String {
        switch node {
        case .scalar: "single value"
        case .mapping: "mapping (key: value lines)"
        case .sequence: "list"
        }
    }
}

private extension String {
    var replacingUnderscores: String { filter { $0 != "_" } }
}
