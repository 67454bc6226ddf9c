/// Reads `region.yaml`.
@_spi(Fuzzing)
public enum RegionLoader {
    static let keys = ["name", "code", "municipalities", "benchmarks"]
    static let municipalityKeys = ["code", "name", "slug", "population", "populations", "tile", "formed_from"]
    static let predecessorKeys = ["code", "until"]
    static let benchmarkKeys = ["code", "name", "population", "populations", "members"]

    public static func load(_ file: TextFile, diagnostics: inout Diagnostics) -> Region? {
        guard let document = YAMLDocument.parse(file.text, in: file, diagnostics: &diagnostics) else { return nil }
        guard let root = document.root else {
            diagnostics.error("region.yaml is empty: it needs \"name:\" and \"municipalities:\"", at: file.location())
            return nil
        }
        guard let map = YAMLMapping(root, in: document, what: "region.yaml", keys: keys, diagnostics: &diagnostics) else {
            return nil
        }
        let name = map.requiredText("name", what: "region.yaml", diagnostics: &diagnostics)
        let code = map.optionalText("code", diagnostics: &diagnostics)
        guard let list = map["municipalities"] else {
            diagnostics.error("region.yaml needs \"municipalities:\", a list with at least one municipality", at: map.location)
            return nil
        }
        guard case let .sequence(entries, _) = list, !entries.isEmpty else {
            diagnostics.error("\"municipalities\" must be a list with at least one municipality (lines starting with \"- code:\")",
                              at: document.location(of: list))
            return nil
        }
        var municipalities: [Municipality] = []
        var seen = Seen()
        for entry in entries {
            if let municipality = municipality(entry, in: document, seen: &seen, diagnostics: &diagnostics) {
                municipalities.append(municipality)
            }
        }
        var benchmarks: [Benchmark] = []
        if let node = map["benchmarks"] {
            benchmarks = self.benchmarks(node, in: document, municipalities: municipalities, diagnostics: &diagnostics)
        }
        return Region(name: name ?? "", code: code, municipalities: municipalities, benchmarks: benchmarks)
    }

    /// `benchmarks:`: what the region is compared with besides itself.
    private static func benchmarks(_ node: YAMLValue, in document: YAMLDocument, municipalities: [Municipality],
                                   diagnostics: inout Diagnostics) -> [Benchmark] {
        guard case let .sequence(entries, _) = node else {
            diagnostics.error("\"benchmarks\" must be a list, each entry starting with \"- code:\"", at: document.location(of: node))
            return []
        }
        let codes = Set(municipalities.map(\.code))
        var seen: [String: Int] = [:]
        var benchmarks: [Benchmark] = []
        for entry in entries {
            guard let map = YAMLMapping(entry, in: document, what: "a benchmark", keys: benchmarkKeys, diagnostics: &diagnostics),
                  let code = map.requiredText("code", what: "every benchmark", diagnostics: &diagnostics) else { continue }
            let here = map["code"].map(document.location(of:)) ?? map.location
            if codes.contains(code) {
                diagnostics.error("benchmark code \(code) is a municipality of the region: a benchmark is compared with "
                                    + "the region, so give it a code of its own (NL01 is Nederland)", at: here)
                continue
            }
            if code.isEmpty || !code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
                diagnostics.error("benchmark code \"\(code)\" may hold only A-Z, 0-9 and -, like NL01 or GK20-50", at: here)
                continue
            }
            if let line = seen[code] {
                diagnostics.error("benchmark code \(code) appears twice; the first is on line \(line)", at: here)
                continue
            }
            seen[code] = here.line
            var name = LocalizedText(nl: code, en: code)
            if let node = map["name"] {
                name = document.localized(node, "name", diagnostics: &diagnostics) ?? name
            } else {
                diagnostics.error("benchmark \(code) needs \"name:\" (one text, or {nl: …, en: …})", at: here)
            }
            var members: Set<String>?
            if let node = map["members"] {
                members = self.members(node, in: document, codes: codes, municipalities: municipalities,
                                       diagnostics: &diagnostics)
            }
            let (population, lines) = map["population"].map { populationsWithLines($0, in: document, diagnostics: &diagnostics) }
                ?? ([:], [:])
            var benchmark = Benchmark(
                code: code, name: name, population: population,
                populations: map["populations"].map { parts($0, in: document, diagnostics: &diagnostics) } ?? [:],
                members: members)
            benchmark.populationLines = lines
            benchmarks.append(benchmark)
        }
        return benchmarks
    }

    /// A benchmark's `members:`: the municipalities whose profiles show it.
    private static func members(_ node: YAMLValue, in document: YAMLDocument, codes: Set<String>,
                                municipalities: [Municipality], diagnostics: inout Diagnostics) -> Set<String> {
        guard case let .sequence(items, _) = node else {
            diagnostics.error("members must be a list of municipality codes, like [GM0177, GM0148]", at: document.location(of: node))
            return []
        }
        var members = Set<String>()
        for item in items {
            guard let code = document.text(item, "a member", diagnostics: &diagnostics) else { continue }
            guard codes.contains(code) else {
                diagnostics.error("\(code) is not a municipality of the region: members are codes from \"municipalities:\"",
                                  at: document.location(of: item),
                                  suggestion: Suggestion.closest(to: code, among: municipalities.map {
                                      .init(keys: [$0.code, $0.slug, $0.name], display: $0.code)
                                  }))
                continue
            }
            members.insert(code)
        }
        return members
    }

    /// `populations:`: parts of the population a rate can be per, each by year.
    private static func parts(_ node: YAMLValue, in document: YAMLDocument, diagnostics: inout Diagnostics) -> [String: [Int: Int]] {
        guard case let .mapping(mapping, _) = node else {
            diagnostics.error("populations must be a mapping of a name to inhabitants per year, like {youth-12-17: {2023: 4120}}",
                              at: document.location(of: node))
            return [:]
        }
        var result: [String: [Int: Int]] = [:]
        for (key, value) in mapping {
            guard let name = document.text(key, "a population's name", diagnostics: &diagnostics) else { continue }
            guard Slug.isValid(name) else {
                diagnostics.error("a population's name may hold only a-z, 0-9 and -, like youth-12-17", at: document.location(of: key))
                continue
            }
            result[name] = populations(value, in: document, diagnostics: &diagnostics)
        }
        return result
    }

    /// What earlier entries used, to find duplicates; each with its line.
    private struct Seen {
        var codes: [String: Int] = [:]
        var names: [String: Int] = [:]
        var slugs: [String: Int] = [:]
        var tiles: [Municipality.Tile: Int] = [:]
    }

    private static func municipality(_ node: YAMLValue, in document: YAMLDocument, seen: inout Seen,
                                     diagnostics: inout Diagnostics) -> Municipality? {
        guard let map = YAMLMapping(node, in: document, what: "a municipality", keys: municipalityKeys,
                                    diagnostics: &diagnostics) else { return nil }
        let here = map.location
        guard let code = map.requiredText("code", what: "every municipality", diagnostics: &diagnostics) else { return nil }
        let codeLocation = map["code"].map(document.location(of:)) ?? here
        if !isCBSCode(code) {
            diagnostics.error("\"\(code)\" is not a CBS municipality code: write GM and four digits, like GM0177", at: codeLocation)
        }
        if let line = seen.codes[code] {
            // Reported once here; the second entry is left out, so data rows do not also clash.
            diagnostics.error("municipality code \(code) appears twice; the first is on line \(line)", at: codeLocation)
            return nil
        }
        seen.codes[code] = seen.codes[code] ?? codeLocation.line

        let name = map.requiredText("name", what: "municipality \(code)", diagnostics: &diagnostics) ?? code
        var nameIsDuplicate = false
        if let node = map["name"] {
            let location = document.location(of: node)
            if let line = seen.names[name] {
                nameIsDuplicate = true
                diagnostics.error("municipality name \"\(name)\" appears twice; the first is on line \(line)", at: location)
            }
            seen.names[name] = seen.names[name] ?? location.line
        }

        var slug = Slug.make(from: name)
        var slugLocation = here
        if let node = map["slug"], let given = document.text(node, "slug", diagnostics: &diagnostics) {
            slug = given
            slugLocation = document.location(of: node)
            if !Slug.isValid(given) {
                diagnostics.error(
                    "slug \"\(given)\" may only hold a-z, 0-9 and \"-\" (no \"..\", \"/\" or leading dot): it becomes a folder name",
                    at: slugLocation, suggestion: Slug.make(from: given).isEmpty ? nil : Slug.make(from: given))
            }
        } else if slug.isEmpty {
            diagnostics.error("cannot make a slug from the name \"\(name)\": add \"slug:\" with a-z, 0-9 and \"-\"", at: here)
        }
        // A slug made from a duplicate name is already reported through the name.
        if let line = seen.slugs[slug], map["slug"] != nil || !nameIsDuplicate {
            diagnostics.error("slug \"\(slug)\" is used twice; the first is on line \(line): add a distinct \"slug:\"", at: slugLocation)
        }
        seen.slugs[slug] = seen.slugs[slug] ?? slugLocation.line

        var population: [Int: Int] = [:]
        var populationLines: [Int: SourceLocation] = [:]
        if let node = map["population"] {
            (population, populationLines) = populationsWithLines(node, in: document, diagnostics: &diagnostics)
        }
        let formedFrom = map["formed_from"].map { predecessors($0, in: document, diagnostics: &diagnostics) } ?? []
        let parts = map["populations"].map { self.parts($0, in: document, diagnostics: &diagnostics) } ?? [:]
        var tile: Municipality.Tile?
        if let node = map["tile"] {
            tile = self.tile(node, in: document, diagnostics: &diagnostics)
            if let tile {
                if let line = seen.tiles[tile] {
                    diagnostics.error("tile [\(tile.row), \(tile.column)] is already taken by the municipality on line \(line)",
                                      at: document.location(of: node))
                }
                seen.tiles[tile] = seen.tiles[tile] ?? document.location(of: node).line
            }
        }
        var municipality = Municipality(code: code, name: name, slug: slug, population: population, populations: parts, tile: tile,
                                        formedFrom: formedFrom)
        municipality.populationLines = populationLines
        return municipality
    }

    static func isCBSCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        return scalars.count == 6 && scalars[0] == "G" && scalars[1] == "M"
            && scalars[2...].allSatisfy { ("0"..."9").contains($0) }
    }

    /// `formed_from: [{code: GM0xxx, until: 2021}, …]`: the municipalities merged into this one.
    private static func predecessors(_ node: YAMLValue, in document: YAMLDocument,
                                     diagnostics: inout Diagnostics) -> [Municipality.Predecessor] {
        guard case let .sequence(entries, _) = node else {
            diagnostics.error("formed_from must be a list like [{code: GM0xxx, until: 2021}]", at: document.location(of: node))
            return []
        }
        return entries.compactMap { entry in
            guard let map = YAMLMapping(entry, in: document, what: "a former municipality", keys: predecessorKeys,
                                        diagnostics: &diagnostics),
                  let code = map.requiredText("code", what: "every former municipality", diagnostics: &diagnostics) else { return nil }
            guard isCBSCode(code) else {
                diagnostics.error("\"\(code)\" is not a CBS municipality code: write GM and four digits", at: map.location)
                return nil
            }
            guard let node = map["until"] else {
                diagnostics.error("former municipality \(code) needs until: the last year it existed", at: map.location)
                return nil
            }
            guard let until = document.integer(node, "until", diagnostics: &diagnostics) else { return nil }
            guard (1800...2200).contains(until) else {
                diagnostics.error("\(until) is not a plausible year: write four digits, like 2021", at: document.location(of: node))
                return nil
            }
            return Municipality.Predecessor(code: code, until: until)
        }
    }

    private static func populations(_ node: YAMLValue, in document: YAMLDocument, diagnostics: inout Diagnostics) -> [Int: Int] {
        populationsWithLines(node, in: document, diagnostics: &diagnostics).counts
    }

    /// The inhabitants per year, and where each year stands.
    private static func populationsWithLines(_ node: YAMLValue, in document: YAMLDocument,
                                             diagnostics: inout Diagnostics) -> (counts: [Int: Int], lines: [Int: SourceLocation]) {
        guard case let .mapping(mapping, _) = node else {
            diagnostics.error("population must be a mapping of year to inhabitants, like {2022: 38053}", at: document.location(of: node))
            return ([:], [:])
        }
        var lines: [Int: SourceLocation] = [:]
        for (key, _) in mapping {
            if let text = document.plainText(key), let year = Int(text) { lines[year] = document.location(of: key) }
        }
        return (populationCounts(mapping, in: document, diagnostics: &diagnostics), lines)
    }

    private static func populationCounts(_ mapping: [(key: YAMLValue, value: YAMLValue)], in document: YAMLDocument,
                                         diagnostics: inout Diagnostics) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (key, value) in mapping {
            guard let year = document.integer(key, "a population year", diagnostics: &diagnostics) else { continue }
            guard (1800...2200).contains(year) else {
                diagnostics.error("\(year) is not a plausible year: write four digits, like 2022", at: document.location(of: key))
                continue
            }
            guard let count = document.integer(value, "the population of \(year)", diagnostics: &diagnostics) else { continue }
            guard count > 0 else {
                diagnostics.error("the population of \(year) must be a positive number of inhabitants", at: document.location(of: value))
                continue
            }
            result[year] = count
        }
        return result
    }

    private static func tile(_ node: YAMLValue, in document: YAMLDocument, diagnostics: inout Diagnostics) -> Municipality.Tile? {
        guard case let .sequence(pair, _) = node, pair.count == 2 else {
            diagnostics.error("tile must be [row, column], like [2, 3]", at: document.location(of: node))
            return nil
        }
        guard let row = document.integer(pair[0], "the tile row", diagnostics: &diagnostics),
              let column = document.integer(pair[1], "the tile column", diagnostics: &diagnostics) else { return nil }
        guard (1...50).contains(row), (1...50).contains(column) else {
            diagnostics.error("tile row and column must be between 1 and 50", at: document.location(of: node))
            return nil
        }
        return Municipality.Tile(row: row, column: column)
    }
}
