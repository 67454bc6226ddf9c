import RegioDashCore
import Testing

@Suite("Numbers as people type them")
struct NumberParserTests {
    @Test("accepted forms", arguments: [
        ("12", 12.0), ("0", 0), ("69,5", 69.5), ("69.5", 69.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
        ("1.234.567", 1_234_567), ("1,234,567", 1_234_567), (" 7 ", 7), ("+3", 3), ("-2", -2), ("0.250", 0.25),
        ("12,3456", 12.3456),
    ])
    func accepted(text: String, value: Double) {
        #expect(NumberParser.parse(text) == .value(value))
    }

    @Test("one mark with three digits after it is read with the file's decimal mark", arguments: [
        ("1.000", Character(","), 1000.0), ("12.000", ",", 12000), ("1,000", ".", 1000), ("1.234", ".", 1.234),
        ("12,000", ",", 12), ("-1.500", ",", -1500),
    ] as [(String, Character, Double)])
    func byFile(text: String, mark: Character, value: Double) {
        #expect(NumberParser.parse(text, decimalMark: mark) == .value(value))
    }

    @Test("without the file's decimal mark, 1.000 is refused with both readings", arguments: ["1.000", "12,000", "1.234"])
    func ambiguous(text: String) {
        guard case let .invalid(message) = NumberParser.parse(text) else {
            Issue.record("\(text) was read without knowing the file's decimal mark")
            return
        }
        #expect(message.contains(text.filter(\.isNumber)))
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
