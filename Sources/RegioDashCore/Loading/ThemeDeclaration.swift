/// A theme folder's `theme.yaml`. In a folder no plugin claims, it declares
/// a theme of the coordinator's own — id, slug, titles, intro, indicators —
/// shown with the standard views. In a built-in theme's folder it may give
/// other titles and intro and add indicators.
struct ThemeDeclaration: Sendable {
    var id: String
    var slug: LocalizedText?
    var title: LocalizedText?
    var intro: LocalizedText?
    var indicators: [IndicatorDefinition]

    static let fileName = "theme.yaml"
    static let keys = ["id", "slug", "title", "intro", "indicators"]
    static let indicatorKeys = ["id", "label", "kind", "better", "description", "source"]

    /// The theme it describes: its own, or `base` with its changes.
    func descriptor(extending base: ThemeDescriptor?) -> ThemeDescriptor {
        guard var descriptor = base else {
            return ThemeDescriptor(
                id: id, slug: slug ?? LocalizedText(nl: id, en: id), title: title ?? LocalizedText(nl: id, en: id),
                intro: intro ?? LocalizedText(nl: "", en: ""), indicators: indicators,
                dataFiles: indicators.isEmpty ? [Self.fileName] : [Self.fileName, "data.csv"])
        }
        descriptor.title = title ?? descriptor.title
        descriptor.intro = intro ?? descriptor.intro
        descriptor.indicators += indicators
        descriptor.dataFiles.append(Self.fileName)
        if !indicators.isEmpty, !descriptor.dataFiles.contains("data.csv") {
            descriptor.dataFiles.append("data.csv")
        }
        return descriptor
    }

    /// Reads `theme.yaml` of the folder named `folder`; `base` is the
    /// descriptor of the plugin that claims the folder, if one does. Every
    /// problem is reported at its line; nil when the file is unusable.
    static func load(_ file: TextFile, folder: String, extending base: ThemeDescriptor?,
                     diagnostics: inout Diagnostics) -> ThemeDeclaration? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.error(base == nil ? "theme.yaml is empty: a theme of your own needs at least \"title:\" and \"indicators:\""
                                          : "theme.yaml is empty: remove it, or give \"title:\", \"intro:\" or \"indicators:\"",
                              at: file.location())
            return nil
        }
        guard let map = YAMLMapping(root, in: document, what: "theme.yaml", keys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        var declaration = ThemeDeclaration(id: folder, indicators: [])
        if let node = map["id"], let id = document.text(node, "id", diagnostics: &diagnostics), id != folder {
            diagnostics.error("id \"\(id)\" is not the folder's name \"\(folder)\": a theme's id is the name of its folder "
                                + "(rename one of them)", at: document.location(of: node))
        }
        if let node = map["slug"] {
            if let base {
                diagnostics.error("a built-in theme keeps its slug (\(base.slug.nl), \(base.slug.en)): remove \"slug:\", "
                                    + "or declare a theme of your own in a folder of another name",
                                  at: document.location(of: node))
            } else if let slug = localized(node, "slug", in: document, diagnostics: &diagnostics) {
                for text in Set([slug.nl, slug.en]) where !Slug.isValid(text) {
                    diagnostics.error("slug \"\(text)\" may hold only a-z, 0-9 and -, like \"veilig-uitgaan\"",
                                      at: document.location(of: node))
                }
                declaration.slug = slug
            }
        }
        declaration.title = map["title"].flatMap { localized($0, "title", in: document, diagnostics: &diagnostics) }
        declaration.intro = map["intro"].flatMap { localized($0, "intro", in: document, diagnostics: &diagnostics) }
        if base == nil, declaration.title == nil, map["title"] == nil {
            diagnostics.error("theme.yaml of a theme of your own needs \"title:\" (with nl: and en:)", at: map.location)
        }
        if let node = map["indicators"] {
            declaration.indicators = indicators(node, in: document, existing: base?.indicators ?? [],
                                                diagnostics: &diagnostics)
        }
        return declaration
    }

    /// The indicators of a list; `existing` are the theme's own (a built-in's).
    private static func indicators(_ node: YAMLValue, in document: YAMLDocument, existing: [IndicatorDefinition],
                                   diagnostics: inout Diagnostics) -> [IndicatorDefinition] {
        guard case let .sequence(entries, _) = node else {
            diagnostics.error("\"indicators\" must be a list, each entry starting with \"- id:\"", at: document.location(of: node))
            return []
        }
        var seen: [String: Int] = [:]
        var indicators: [IndicatorDefinition] = []
        for entry in entries {
            guard let map = YAMLMapping(entry, in: document, what: "an indicator", keys: indicatorKeys,
                                        diagnostics: &diagnostics),
                  let id = map.requiredText("id", what: "every indicator", diagnostics: &diagnostics) else { continue }
            let here = map["id"].map(document.location(of:)) ?? map.location
            if !Slug.isValid(id) {
                diagnostics.error("indicator id \"\(id)\" may hold only a-z, 0-9 and -, like \"incidents\"", at: here)
                continue
            }
            if let line = seen[id] {
                diagnostics.error("indicator \"\(id)\" appears twice; the first is on line \(line)", at: here)
                continue
            }
            seen[id] = here.line
            if existing.contains(where: { $0.id == id }) {
                diagnostics.error("the theme already has an indicator \"\(id)\": give the new one another id", at: here)
                continue
            }
            let label = map["label"].flatMap { localized($0, "label", in: document, diagnostics: &diagnostics) }
            if map["label"] == nil {
                diagnostics.error("indicator \"\(id)\" needs \"label:\" (with nl: and en:)", at: here)
            }
            var kind: IndicatorKind?
            if let node = map["kind"], let text = document.text(node, "kind", diagnostics: &diagnostics) {
                kind = IndicatorKind(rawValue: text)
                if kind == nil {
                    diagnostics.error("kind \"\(text)\" is not a kind of figure: use count, percent or number",
                                      at: document.location(of: node),
                                      suggestion: Suggestion.closest(to: text, among: IndicatorKind.allCases.map(\.rawValue)))
                }
            } else if map["kind"] == nil {
                diagnostics.error("indicator \"\(id)\" needs \"kind:\" (count, percent or number)", at: here)
            }
            var better: IndicatorDefinition.Better?
            if let node = map["better"], let text = document.text(node, "better", diagnostics: &diagnostics) {
                better = IndicatorDefinition.Better(rawValue: text)
                if better == nil {
                    diagnostics.error("better must be higher or lower, not \"\(text)\"", at: document.location(of: node),
                                      suggestion: Suggestion.closest(to: text, among: IndicatorDefinition.Better.allCases.map(\.rawValue)))
                }
            }
            guard let label, let kind else { continue }
            indicators.append(IndicatorDefinition(
                id: id, kind: kind, label: label, better: better,
                description: map["description"].flatMap { localized($0, "description", in: document, diagnostics: &diagnostics) },
                source: map.optionalText("source", diagnostics: &diagnostics)))
        }
        return indicators
    }

    /// A text in both languages: `{nl: …, en: …}`, or one text for both.
    private static func localized(_ node: YAMLValue, _ what: String, in document: YAMLDocument,
                                  diagnostics: inout Diagnostics) -> LocalizedText? {
        if case .scalar = node {
            guard let text = document.text(node, what, diagnostics: &diagnostics), !text.isEmpty else {
                diagnostics.error("\"\(what)\" must not be empty", at: document.location(of: node))
                return nil
            }
            return LocalizedText(nl: text, en: text)
        }
        guard let map = YAMLMapping(node, in: document, what: what, keys: ["nl", "en"], diagnostics: &diagnostics) else {
            return nil
        }
        let nl = map.requiredText("nl", what: "\"\(what)\"", diagnostics: &diagnostics)
        let en = map.requiredText("en", what: "\"\(what)\"", diagnostics: &diagnostics)
        guard let nl, let en else { return nil }
        return LocalizedText(nl: nl, en: en)
    }
}
