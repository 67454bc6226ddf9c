/// "Did you mean …?": the candidate closest to what the user wrote, for
/// a diagnostic's suggestion.
public enum Suggestion {
    /// A candidate: the spellings that count as a match, and how to show it.
    public struct Candidate: Sendable {
        public var keys: [String]
        public var display: String

        public init(keys: [String], display: String) {
            self.keys = keys
            self.display = display
        }
    }

    /// The display of the candidate nearest to `input`, if one is near enough
    /// to be a plausible typo (case is ignored).
    public static func closest(to input: String, among candidates: [Candidate]) -> String? {
        let typed = Array(input.lowercased().unicodeScalars)
        guard !typed.isEmpty else { return nil }
        // Nearest first; between equals, the longer common start, then the closer first differing
        // character (GM0178 is more likely a slip for GM0177 than for GM0175 or GM0148).
        var best: (rank: [Int], display: String)?
        for candidate in candidates {
            for key in candidate.keys {
                let known = Array(key.lowercased().unicodeScalars)
                let limit = max(2, min(typed.count, known.count) / 3)
                let distance = editDistance(typed, known)
                guard distance <= limit else { continue }
                let prefix = zip(typed, known).prefix { $0 == $1 }.count
                let gap = prefix < min(typed.count, known.count)
                    ? abs(Int(typed[prefix].value) - Int(known[prefix].value)) : 0
                let rank = [distance, -prefix, gap]
                if let current = best, !rank.lexicographicallyPrecedes(current.rank) { continue }
                best = (rank, candidate.display)
            }
        }
        return best?.display
    }

    /// The nearest of plain strings, shown as they are.
    public static func closest(to input: String, among names: [String]) -> String? {
        closest(to: input, among: names.map { Candidate(keys: [$0], display: $0) })
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions
    /// and transpositions of neighbours each cost one.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
