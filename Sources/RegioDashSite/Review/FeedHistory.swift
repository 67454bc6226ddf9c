import Foundation
import RegioDashCore

/// What the site's feed and "what's new" page tell: every publication that
/// changed what readers see, newest first, each with its time and what
/// changed; and what the last publication showed, to compare the next one
/// with. Kept in the build cache (`publication`), written only when a build
/// has published.
struct FeedHistory: Sendable {
    /// One publication that changed what readers see.
    struct Entry: Sendable {
        /// When it was published: seconds since 1970, UTC.
        var time: Int64
        /// What changed, at most `shown` of each kind per theme.
        var changes: ChangeSummary
        /// Per theme, how many figures, narratives and records changed in all.
        var totals: [String: Totals]
    }

    struct Totals: Sendable, Equatable {
        var figures = 0
        var narratives = 0
        var records = 0
    }

    /// How many entries the feed keeps, and how many changes of each kind per theme an entry lists.
    static let limit = 50
    static let shown = 25

    var entries: [Entry] = []
    /// What the last publication showed.
    var publication: Publication?

    /// The history after a publication of `current` at `time` (seconds since
    /// 1970): a new entry when what readers see changed since `previous`,
    /// the last publication (none when there is no earlier publication to
    /// compare with).
    func publishing(_ current: Publication, comparedWith previous: Publication?, at time: Int64) -> FeedHistory {
        var next = FeedHistory(entries: entries, publication: current)
        guard let previous else { return next }
        let changes = ChangeSummary(old: previous, new: current)
        guard !(changes.figures.isEmpty && changes.narratives.isEmpty && changes.records.isEmpty) else { return next }
        // Entries are told apart by their second (the page's anchors): a second publication within one comes a second later.
        let second = entries.first.map { max(time, $0.time + 1) } ?? time
        next.entries.insert(Entry(changes: changes, time: second), at: 0)
        next.entries = Array(next.entries.prefix(Self.limit))
        return next
    }

    /// The time now, in seconds since 1970 (UTC).
    static func now() -> Int64 {
        Int64(Date().timeIntervalSince1970.rounded(.down))
    }

    /// A hash of the entries, for the keys of the files that show them.
    var key: UInt64 {
        var writer = ByteWriter(capacity: 4096)
        writeEntries(to: &writer)
        return writer.bytes.withUnsafeBytes(ContentHash.of)
    }
}

extension FeedHistory.Entry {
    /// An entry for `changes`, keeping at most `FeedHistory.shown` of each kind per theme.
    init(changes: ChangeSummary, time: Int64) {
        var totals: [String: FeedHistory.Totals] = [:]
        // Counts each change in its theme's total, and keeps it while the theme has no more than `shown` of the kind.
        func keep<Change>(_ all: [Change], theme: (Change) -> String, _ kind: WritableKeyPath<FeedHistory.Totals, Int>) -> [Change] {
            all.filter { change in
                totals[theme(change), default: .init()][keyPath: kind] += 1
                return totals[theme(change), default: .init()][keyPath: kind] <= FeedHistory.shown
            }
        }
        var kept = changes
        kept.figures = keep(changes.figures, theme: \.theme, \.figures)
        kept.narratives = keep(changes.narratives, theme: \.theme, \.narratives)
        kept.records = keep(changes.records, theme: \.theme, \.records)
        kept.themes = changes.themes.filter { totals[$0.id] != nil }
        self.init(time: time, changes: kept, totals: totals)
    }

    /// All changes of the entry, of every theme.
    var total: FeedHistory.Totals {
        totals.values.reduce(into: FeedHistory.Totals()) {
            $0.figures += $1.figures
            $0.narratives += $1.narratives
            $0.records += $1.records
        }
    }
}

// MARK: - In the build cache

extension FeedHistory {
    static let magic: UInt32 = 0x5244_4631  // "RDF1"

    func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 1 << 16)
        writer.integer(Self.magic)
        writeEntries(to: &writer)
        writer.integer(UInt8(publication == nil ? 0 : 1))
        publication?.write(to: &writer)
        return writer.bytes
    }

    init?(encoded bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard reader.integer(UInt32.self) == Self.magic, let count = reader.integer(UInt32.self) else { return nil }
        for _ in 0..<count {
            guard let entry = Entry(reading: &reader) else { return nil }
            entries.append(entry)
        }
        switch reader.integer(UInt8.self) {
        case 0: publication = nil
        case 1:
            guard let publication = Publication(reading: &reader) else { return nil }
            self.publication = publication
        default: return nil
        }
        guard reader.atEnd else { return nil }
    }

    private func writeEntries(to writer: inout ByteWriter) {
        writer.integer(UInt32(entries.count))
        for entry in entries { entry.write(to: &writer) }
    }
}

extension FeedHistory.Entry {
    func write(to writer: inout ByteWriter) {
        writer.integer(time)
        writer.string(changes.language.rawValue)
        writer.integer(UInt32(changes.themes.count))
        for (id, title) in changes.themes {
            writer.string(id)
            writer.string(title)
            let counts = totals[id] ?? .init()
            writer.integer(UInt32(counts.figures))
            writer.integer(UInt32(counts.narratives))
            writer.integer(UInt32(counts.records))
        }
        writer.integer(UInt32(changes.figures.count))
        for change in changes.figures {
            writer.string(change.theme)
            writer.string(change.municipality)
            writer.integer(Int64(change.year))
            writer.string(change.indicator)
            writer.string(change.kind.rawValue)
            for value in [change.old, change.new] {
                writer.integer(UInt8(value == nil ? 0 : 1))
                if let value { writer.number(value) }
            }
            writer.number(change.oldPerThousand)
            writer.number(change.newPerThousand)
        }
        writer.integer(UInt32(changes.narratives.count))
        for change in changes.narratives {
            writer.string(change.theme)
            writer.string(change.municipality)
            writer.integer(Int64(change.year))
            writer.integer(UInt8(change.kind == .added ? 0 : change.kind == .removed ? 1 : 2))
        }
        writer.integer(UInt32(changes.records.count))
        for change in changes.records {
            writer.string(change.theme)
            writer.string(change.caption)
            writer.string(change.row)
            writer.integer(UInt8(change.added ? 1 : 0))
        }
    }

    init?(reading reader: inout ByteReader) {
        guard let time = reader.integer(Int64.self), let language = reader.string().flatMap(Language.init(rawValue:)),
              let themeCount = reader.integer(UInt32.self) else { return nil }
        var changes = ChangeSummary(old: nil, new: nil)
        changes.language = language
        var totals: [String: FeedHistory.Totals] = [:]
        for _ in 0..<themeCount {
            guard let id = reader.string(), let title = reader.string(), let figures = reader.integer(UInt32.self),
                  let narratives = reader.integer(UInt32.self), let records = reader.integer(UInt32.self) else { return nil }
            changes.themes.append((id, title))
            totals[id] = .init(figures: Int(figures), narratives: Int(narratives), records: Int(records))
        }
        guard let figureCount = reader.integer(UInt32.self) else { return nil }
        for _ in 0..<figureCount {
            guard let theme = reader.string(), let municipality = reader.string(), let year = reader.integer(Int64.self),
                  let indicator = reader.string(), let kind = reader.string().flatMap(IndicatorKind.init(rawValue:))
            else { return nil }
            var values: [Double??] = []
            for _ in 0..<2 {
                switch reader.integer(UInt8.self) {
                case 0: values.append(nil)
                case 1:
                    guard let value = reader.number() else { return nil }
                    values.append(.some(value))
                default: return nil
                }
            }
            guard let oldPerThousand = reader.number(), let newPerThousand = reader.number() else { return nil }
            changes.figures.append(.init(theme: theme, municipality: municipality, year: Int(year), indicator: indicator,
                                         kind: kind, old: values[0], new: values[1], oldPerThousand: oldPerThousand,
                                         newPerThousand: newPerThousand))
        }
        guard let narrativeCount = reader.integer(UInt32.self) else { return nil }
        for _ in 0..<narrativeCount {
            guard let theme = reader.string(), let municipality = reader.string(), let year = reader.integer(Int64.self),
                  let kind = reader.integer(UInt8.self), kind <= 2 else { return nil }
            changes.narratives.append(.init(theme: theme, municipality: municipality, year: Int(year),
                                            kind: kind == 0 ? .added : kind == 1 ? .removed : .changed))
        }
        guard let recordCount = reader.integer(UInt32.self) else { return nil }
        for _ in 0..<recordCount {
            guard let theme = reader.string(), let caption = reader.string(), let row = reader.string(),
                  let added = reader.integer(UInt8.self) else { return nil }
            changes.records.append(.init(theme: theme, caption: caption, row: row, added: added == 1))
        }
        self.init(time: time, changes: changes, totals: totals)
    }
}

extension FeedHistory.Entry {
    /// The day it was published (UTC).
    var date: CalendarDate? {
        let (year, month, day, _) = civil
        return CalendarDate(year: year, month: month, day: day)
    }

    /// When it was published, as RFC 3339 (UTC): `2026-12-07T09:30:00Z`.
    var timestamp: String {
        let (year, month, day, seconds) = civil
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    /// The time as year, month, day and second of the day, in the proleptic
    /// Gregorian calendar (H. Hinnant's `civil_from_days`), without a time zone database.
    private var civil: (year: Int, month: Int, day: Int, seconds: Int) {
        let time = Int(self.time)
        let days = time >= 0 ? time / 86_400 : (time - 86_399) / 86_400
        let seconds = time - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day, seconds)
    }
}
