/// Takes population years out of region.yaml's text, changing nothing else
/// — comments, order, formatting — so `regiodash import population` can
/// move them to population.csv. Works on the lines the YAML parser says
/// each `population:` stands on: a flow mapping on one line
/// (`population: {2021: 37800, 2022: 38000}`) or a block of `year: count`
/// lines below the key.
package enum RegionPopulationEditor {
    /// `text` with `years` removed from the population of each place in
    /// `codes` (municipalities and benchmarks), and how many values went.
    package static func removing(years: Set<Int>, for codes: Set<String>, in text: String) throws -> (text: String, removed: Int) {
        var diagnostics = Diagnostics()
        let file = TextFile(relativePath: "region.yaml", displayPath: "region.yaml", text: text)
        guard let document = YAMLDocument.parse(text, in: file, diagnostics: &diagnostics),
              case let .mapping(root, _)? = document.root else {
            throw EditError("region.yaml cannot be read: run regiodash check and mend it first")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var removed = 0
        var dropped = Set<Int>()
        for (key, value) in root where ["municipalities", "benchmarks"].contains(document.plainText(key) ?? "") {
            guard case let .sequence(entries, _) = value else { continue }
            for case let .mapping(pairs, _) in entries {
                guard let code = pairs.first(where: { document.plainText($0.key) == "code" }).flatMap({ document.plainText($0.value) }),
                      codes.contains(code),
                      let (populationKey, population) = pairs.first(where: { document.plainText($0.key) == "population" }),
                      case let .mapping(counts, _) = population else { continue }
                let here = counts.filter { document.plainText($0.key).flatMap(Int.init).map(years.contains) ?? false }
                guard !here.isEmpty else { continue }
                removed += here.count
                let keyLine = document.location(of: populationKey).line - 1
                let valueLine = document.location(of: population).line - 1
                if valueLine == keyLine, lines.indices.contains(keyLine) {
                    let line = lines[keyLine]
                    guard let key = line.firstRange(of: "population:"), let open = line[key.upperBound...].firstIndex(of: "{"),
                          let close = line[open...].firstIndex(of: "}") else {
                        throw EditError("region.yaml:\(keyLine + 1): write this population on one line as {year: inhabitants, …} "
                                          + "so that import can change it")
                    }
                    let kept = line[line.index(after: open)..<close].split(separator: ",").filter { entry in
                        let year = entry.split(separator: ":").first.map { $0.trimmingSpaces() }
                        return !(year.flatMap { Int($0) }.map(years.contains) ?? false)
                    }.map { $0.trimmingSpaces() }
                    let isOwnLine = line.trimmingSpaces().hasPrefix("population:") && line[line.index(after: close)...].trimmingSpaces().isEmpty
                    if kept.isEmpty, isOwnLine {
                        dropped.insert(keyLine)
                    } else {
                        lines[keyLine] = String(line[..<open]) + "{" + kept.joined(separator: ", ") + "}" + String(line[line.index(after: close)...])
                    }
                } else {
                    for (year, _) in here { dropped.insert(document.location(of: year).line - 1) }
                    if here.count == counts.count { dropped.insert(keyLine) }
                }
            }
        }
        let result = lines.enumerated().filter { !dropped.contains($0.offset) }.map(\.element).joined(separator: "\n")
        return (result, removed)
    }

    /// Why region.yaml cannot be changed.
    package struct EditError: Error, Sendable {
        package let message: String
        init(_ message: String) { self.message = message }
    }
}

private extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
