/// A theme folder's `theme.yaml`. In a folder no plugin claims, it declares
/// a theme of the coordinator's own — id, slug, titles, intro, indicators —
/// shown with the standard views. In a built-in theme's folder it may give
/// other titles and intro, add indicators, and set `better`, `per`,
/// `description` and `source` of the theme's own indicators.
struct ThemeDeclaration: Sendable {
    var id: String
    var slug: LocalizedText?
    var title: LocalizedText?
    var intro: LocalizedText?
    var indicators: [IndicatorDefinition]
    /// Changes to the indicators of the theme's plugin, by id.
    var changes: [String: Change] = [:]

    /// What theme.yaml may change of a plugin's own indicator.
    struct Change: Sendable {
        var better: IndicatorDefinition.Better?
        var per: Int?
        var description: LocalizedText?
        var source: String?

        func apply(to indicator: inout IndicatorDefinition) {
            indicator.better = better ?? indicator.better
            indicator.per = per ?? indicator.per
            indicator.description = description ?? indicator.description
            indicator.source = source ?? indicator.source
        }
    }

    static let fileName = "theme.yaml"
    static let keys = ["id", "slug", "title", "intro", "indicators"]
    static let indicatorKeys = ["id", "label", "kind", "better", "description", "source", "per", "denominator",
                                "denominator_label"]
    /// The keys an entry for one of the plugin's own indicators may have.
    static let changeKeys = ["id", "better", "description", "source", "per"]

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
        for index in descriptor.indicators.indices {
            changes[descriptor.indicators[index].id]?.apply(to: &descriptor.indicators[index])
        }
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
            } else if let slug = document.localized(node, "slug", diagnostics: &diagnostics) {
                for text in Set([slug.nl, slug.en]) where !Slug.isValid(text) {
                    diagnostics.error("slug \"\(text)\" may hold only a-z, 0-9 and -, like \"veilig-uitgaan\"",
                                      at: document.location(of: node))
                }
                declaration.slug = slug
            }
        }
        declaration.title = map["title"].flatMap { document.localized($0, "title", diagnostics: &diagnostics) }
        declaration.intro = map["intro"].flatMap { document.localized($0, "intro", diagnostics: &diagnostics) }
        if base == nil, declaration.title == nil, map["title"] == nil {
            diagnostics.error("theme.yaml of a theme of your own needs \"title:\" (with nl: and en:)", at: map.location)
        }
        if let node = map["indicators"] {
            (declaration.indicators, declaration.changes) = indicators(node, in: document, existing: base?.indicators ?? [],
                                                                       diagnostics: &diagnostics)
        }
        return declaration
    }

    /// The indicators of a list, and the changes to `existing` (the theme's
    /// own, a built-in's) for entries that name one of those.
    private static func indicators(_ node: YAMLValue, in document: YAMLDocument, existing: [IndicatorDefinition],
                                   diagnostics: inout Diagnostics) -> ([IndicatorDefinition], [String: Change]) {
        guard case let .sequence(entries, _) = node else {
            diagnostics.error("\"indicators\" must be a list, each entry starting with \"- id:\"", at: document.location(of: node))
            return ([], [:])
        }
        var seen: [String: Int] = [:]
        var indicators: [IndicatorDefinition] = []
        var changes: [String: Change] = [:]
        for entry in entries {
            let ownID: String? = if case let .mapping(pairs, _) = entry {
                pairs.first { document.plainText($0.key) == "id" }.flatMap { document.plainText($0.value) }
            } else { nil }
            let changesOwn = ownID.map { id in existing.contains { $0.id == id } } ?? false
            guard let map = YAMLMapping(entry, in: document, what: changesOwn ? "a change to the theme's own indicator" : "an indicator",
                                        keys: changesOwn ? changeKeys : indicatorKeys, diagnostics: &diagnostics),
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
            let better = self.better(map, in: document, diagnostics: &diagnostics)
            let per = self.per(map, in: document, diagnostics: &diagnostics)
            let description = map["description"].flatMap { document.localized($0, "description", diagnostics: &diagnostics) }
            let source = map.optionalText("source", diagnostics: &diagnostics)
            if changesOwn {
                changes[id] = Change(better: better, per: per, description: description, source: source)
                continue
            }
            let label = map["label"].flatMap { document.localized($0, "label", diagnostics: &diagnostics) }
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
            let denominator = self.denominator(map, kind: kind, in: document, diagnostics: &diagnostics)
            guard let label, let kind else { continue }
            if kind != .count, let node = map["per"] {
                diagnostics.error("per: is for counts (kind: count): a \(kind.rawValue) has no rate", at: document.location(of: node))
            }
            indicators.append(IndicatorDefinition(id: id, kind: kind, label: label, better: better, description: description,
                                                  source: source, per: per, denominator: denominator))
        }
        return (indicators, changes)
    }

    private static func better(_ map: YAMLMapping, in document: YAMLDocument,
                               diagnostics: inout Diagnostics) -> IndicatorDefinition.Better? {
        guard let node = map["better"], let text = document.text(node, "better", diagnostics: &diagnostics) else { return nil }
        let better = IndicatorDefinition.Better(rawValue: text)
        if better == nil {
            diagnostics.error("better must be higher or lower, not \"\(text)\"", at: document.location(of: node),
                              suggestion: Suggestion.closest(to: text, among: IndicatorDefinition.Better.allCases.map(\.rawValue)))
        }
        return better
    }

    /// `per: 1000` or `per: 10000`.
    private static func per(_ map: YAMLMapping, in document: YAMLDocument, diagnostics: inout Diagnostics) -> Int? {
        guard let node = map["per"], let per = document.integer(node, "per", diagnostics: &diagnostics) else { return nil }
        guard per == 1000 || per == 10000 else {
            diagnostics.error("per must be 1000 or 10000 (a rate per 1,000 or per 10,000 inhabitants), not \(per)",
                              at: document.location(of: node))
            return nil
        }
        return per
    }

    /// `denominator: youth-12-17` with `denominator_label: {nl: …, en: …}`.
    private static func denominator(_ map: YAMLMapping, kind: IndicatorKind?, in document: YAMLDocument,
                                    diagnostics: inout Diagnostics) -> IndicatorDefinition.Denominator? {
        guard let node = map["denominator"] else {
            if let label = map["denominator_label"] {
                diagnostics.error("denominator_label goes with denominator: (the name of a population in region.yaml)",
                                  at: document.location(of: label))
            }
            return nil
        }
        guard let id = document.text(node, "denominator", diagnostics: &diagnostics) else { return nil }
        guard Slug.isValid(id) else {
            diagnostics.error("denominator \"\(id)\" must name a population of region.yaml's populations:, with a-z, 0-9 "
                                + "and -, like youth-12-17", at: document.location(of: node))
            return nil
        }
        if let kind, kind != .count {
            diagnostics.error("denominator: is for counts (kind: count): a \(kind.rawValue) has no rate", at: document.location(of: node))
        }
        guard let labelNode = map["denominator_label"] else {
            diagnostics.error("denominator \(id) needs denominator_label: who the rate counts per, like "
                                + "{nl: inwoners van 12–17 jaar, en: inhabitants aged 12–17}", at: document.location(of: node))
            return nil
        }
        guard let label = document.localized(labelNode, "denominator_label", diagnostics: &diagnostics) else { return nil }
        return IndicatorDefinition.Denominator(id: id, label: label)
    }
}
