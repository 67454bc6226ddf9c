import Yams

/// A YAML value as the loaders read it, each part knowing its line and
/// column in the file. Made from the YAML parser's nodes (or by the fast path
/// in `SimpleYAML`), so the loaders do not depend on the parser's types.
enum YAMLValue: Sendable {
    typealias Position = YAMLPosition

    /// Text; `plain` when it was written without quotes or block markers.
    case scalar(String, plain: Bool, Position)
    case sequence([YAMLValue], Position)
    case mapping([(key: YAMLValue, value: YAMLValue)], Position)

    var position: Position {
        switch self {
        case let .scalar(_, _, position), let .sequence(_, position), let .mapping(_, position): position
        }
    }

    /// Every part with its position, one per line: for comparing two readings.
    var canonical: String {
        switch self {
        case let .scalar(text, plain, position):
            return "\(position.line):\(position.column) \(plain ? "plain" : "styled") \(text)"
        case let .sequence(items, position):
            return "\(position.line):\(position.column) [\n" + items.map { $0.canonical }.joined(separator: "\n") + "\n]"
        case let .mapping(pairs, position):
            return "\(position.line):\(position.column) {\n"
                + pairs.map { $0.key.canonical + " => " + $0.value.canonical }.joined(separator: "\n") + "\n}"
        }
    }

    /// The parser's node as a value. Anchors are refused before parsing, so
    /// there are no aliases and this visits each node once.
    init(_ node: Node) {
        let position = node.mark.map { Position(line: $0.line, column: $0.column) } ?? Position(line: 1, column: 1)
        switch node {
        case let .scalar(scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any, position)
        case let .sequence(sequence):
            self = .sequence(sequence.map(YAMLValue.init), position)
        case let .mapping(mapping):
            self = .mapping(mapping.map { (YAMLValue($0.key), YAMLValue($0.value)) }, position)
        case .alias:
            self = .scalar("", plain: false, position)
        }
    }
}

/// Line and column from 1, relative to the YAML text.
struct YAMLPosition: Sendable {
    var line: Int
    var column: Int
}
