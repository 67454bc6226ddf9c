import RegioDashCore
import Testing

@Suite("Numbers as people type them")
struct NumberParserTests {
    @Test("accepted forms", arguments: [
        ("12", 12.0), ("0", 0), ("69,5", 69.5), ("69.5", 69.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
        ("1.234.567", 1_234_567), ("1,234,567", 1_234_567), (" 7 ", 7), ("+3", 3), ("-2", -2), ("1.234", 1.234),
    ])
    func accepted(text: String, value: Double) {
        #expect(NumberParser.parse(text) == .value(value))
    }

    @Test("an empty cell is no figure, not zero")
    func empty() {
        #expect(NumberParser.parse("") == .empty)
        #expect(NumberParser.parse("   ") == .empty)
    }

    @Test("a trailing % only where percentages are read")
    func percentSign() {
        #expect(NumberParser.parse("69%", allowPercentSign: true) == .value(69))
        guard case .invalid = NumberParser.parse("69%") else {
            Issue.record("69% accepted where no percentage is expected")
            return
        }
    }

    @Test("refused forms", arguments: ["n.b.", "-", "12a", "1e3", "1.2.3,4,5", "1,23.456", "12,", ",5", "1.23.4", "½"])
    func refused(text: String) {
        guard case let .invalid(message) = NumberParser.parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(message.contains(text))
    }
}
