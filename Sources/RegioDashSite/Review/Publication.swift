import RegioDashCore

/// What readers of a site see that a change can be told of: per theme its
/// title, its indicators and figures (with the per-1,000 rate), its
/// narratives by the hash of what is shown of them, and a plugin's records
/// as lines. `ChangeSummary` compares two of them: for `regiodash diff`
/// made from two loaded datasets; for the feed, the one a build published
/// is kept in the build cache (`FeedHistory`), so the next publication can
/// say what changed since.
struct Publication: Sendable {
    struct Indicator: Sendable, Equatable {
        var id: String
        var label: String
        var kind: IndicatorKind
    }

    struct FigureKey: Hashable, Sendable {
        var municipality: String
        var year: Int
        var indicator: String
    }

    /// A figure row: nil `value` is a row without a figure.
    struct Figure: Sendable, Equatable {
        var value: Double?
        var perThousand: Double?
    }

    struct Records: Sendable, Equatable {
        var caption: String
        var rows: [String]
    }

    struct ThemeView: Sendable {
        var id: String
        var title: String
        var indicators: [Indicator]
        var figures: [FigureKey: Figure]
        var narratives: [NarrativeKey: UInt64]
        var records: Records?
    }

    var language: Language
    /// The region's municipalities in its order.
    var municipalities: [(code: String, name: String)]
    var themes: [ThemeView]

    /// What readers of the site made from `dataset` see.
    init(_ dataset: Dataset) {
        language = dataset.site.language
        municipalities = dataset.region.municipalities.map { ($0.code, $0.name) }
        let language = dataset.site.language
        let format = Formatter(language: language)
        let region = dataset.region
        themes = dataset.themes.map { theme in
            let indicators = theme.descriptor.indicators
            let kinds = Dictionary(indicators.map { ($0.id, $0.kind) }) { first, _ in first }
            var figures: [FigureKey: Figure] = [:]
            for observation in theme.figures.observations {
                let key = FigureKey(municipality: observation.municipality, year: observation.year, indicator: observation.indicator)
                guard figures[key] == nil else { continue }
                var perThousand: Double?
                if let kind = kinds[observation.indicator], kind.hasRate, let value = observation.value,
                   let population = region.municipality(code: observation.municipality)?.population[observation.year] {
                    perThousand = kind.rate(value, population: population, per: 1000)
                }
                figures[key] = Figure(value: observation.value, perThousand: perThousand)
            }
            var narratives: [NarrativeKey: UInt64] = [:]
            for narrative in theme.narratives {
                let key = NarrativeKey(narrative)
                guard narratives[key] == nil else { continue }
                // What a reader sees of it: its title, summary line, tags and text.
                narratives[key] = ContentHash.of(([narrative.title ?? "", narrative.summary ?? "", narrative.status.rawValue,
                                                   narrative.body.html] + narrative.tags.map(\.name)).joined(separator: "\u{0}"))
            }
            let records = theme.records(in: dataset).map { table in
                Records(caption: table.caption[language], rows: table.rows.map { row in
                    row.map { format.text($0, language: language) }.filter { !$0.isEmpty }.joined(separator: " · ")
                })
            }
            return ThemeView(id: theme.id, title: theme.title(language),
                             indicators: indicators.map { Indicator(id: $0.id, label: $0.label[language], kind: $0.kind) },
                             figures: figures, narratives: narratives, records: records)
        }
    }

}

extension Publication {
    func write(to writer: inout ByteWriter) {
        writer.string(language.rawValue)
        writer.integer(UInt32(municipalities.count))
        for (code, name) in municipalities {
            writer.string(code)
            writer.string(name)
        }
        writer.integer(UInt32(themes.count))
        for theme in themes {
            writer.string(theme.id)
            writer.string(theme.title)
            writer.integer(UInt32(theme.indicators.count))
            for indicator in theme.indicators {
                writer.string(indicator.id)
                writer.string(indicator.label)
                writer.string(indicator.kind.rawValue)
            }
            writer.integer(UInt32(theme.figures.count))
            for (key, figure) in theme.figures.sorted(by: { ($0.key.municipality, $0.key.year, $0.key.indicator)
                < ($1.key.municipality, $1.key.year, $1.key.indicator) }) {
                writer.string(key.municipality)
                writer.integer(Int64(key.year))
                writer.string(key.indicator)
                writer.number(figure.value)
                writer.number(figure.perThousand)
            }
            writer.integer(UInt32(theme.narratives.count))
            for (key, hash) in theme.narratives.sorted(by: { ($0.key.municipality, $0.key.year) < ($1.key.municipality, $1.key.year) }) {
                writer.string(key.municipality)
                writer.integer(Int64(key.year))
                writer.integer(hash)
            }
            writer.optionalString(theme.records?.caption)
            if let records = theme.records {
                writer.integer(UInt32(records.rows.count))
                for row in records.rows { writer.string(row) }
            }
        }
    }

    init?(reading reader: inout ByteReader) {
        guard let code = reader.string(), let language = Language(rawValue: code),
              let municipalityCount = reader.integer(UInt32.self) else { return nil }
        self.language = language
        municipalities = []
        for _ in 0..<municipalityCount {
            guard let code = reader.string(), let name = reader.string() else { return nil }
            municipalities.append((code, name))
        }
        guard let themeCount = reader.integer(UInt32.self) else { return nil }
        themes = []
        for _ in 0..<themeCount {
            guard let id = reader.string(), let title = reader.string(), let indicatorCount = reader.integer(UInt32.self)
            else { return nil }
            var indicators: [Indicator] = []
            for _ in 0..<indicatorCount {
                guard let indicator = reader.string(), let label = reader.string(),
                      let kind = reader.string().flatMap(IndicatorKind.init(rawValue:)) else { return nil }
                indicators.append(Indicator(id: indicator, label: label, kind: kind))
            }
            guard let figureCount = reader.integer(UInt32.self) else { return nil }
            var figures: [FigureKey: Figure] = [:]
            for _ in 0..<figureCount {
                guard let municipality = reader.string(), let year = reader.integer(Int64.self), let indicator = reader.string(),
                      let value = reader.number(), let perThousand = reader.number() else { return nil }
                figures[FigureKey(municipality: municipality, year: Int(year), indicator: indicator)] =
                    Figure(value: value, perThousand: perThousand)
            }
            guard let narrativeCount = reader.integer(UInt32.self) else { return nil }
            var narratives: [NarrativeKey: UInt64] = [:]
            for _ in 0..<narrativeCount {
                guard let municipality = reader.string(), let year = reader.integer(Int64.self),
                      let hash = reader.integer(UInt64.self) else { return nil }
                narratives[NarrativeKey(theme: id, municipality: municipality, year: Int(year))] = hash
            }
            guard let caption = reader.optionalString() else { return nil }
            var records: Records?
            if let caption {
                guard let rowCount = reader.integer(UInt32.self) else { return nil }
                var rows: [String] = []
                for _ in 0..<rowCount {
                    guard let row = reader.string() else { return nil }
                    rows.append(row)
                }
                records = Records(caption: caption, rows: rows)
            }
            themes.append(ThemeView(id: id, title: title, indicators: indicators, figures: figures, narratives: narratives,
                                    records: records))
        }
    }
}

extension ByteWriter {
    /// A number that may be absent: a flag byte, then its bits.
    mutating func number(_ value: Double?) {
        integer(UInt8(value == nil ? 0 : 1))
        if let value { integer(value.bitPattern) }
    }
}

extension ByteReader {
    /// A number written by `ByteWriter.number(_:)`: `.some(nil)` when it was absent, nil on bad input.
    mutating func number() -> Double?? {
        switch integer(UInt8.self) {
        case 0: return .some(nil)
        case 1: return integer(UInt64.self).map { .some(Double(bitPattern: $0)) }
        default: return nil
        }
    }
}
