/// Finds YAML anchors (`&name`) before the text reaches the YAML parser.
///
/// Content files never need anchors and aliases, and they are how a small
/// file becomes an enormous one: an aliased list used as a mapping key makes
/// the parser's duplicate-key check visit every node of the expansion
/// ("billion laughs"), which never finishes. Without anchors every alias is
/// undefined and stops parsing at once. The scan knows quotes, comments and
/// block scalars (`|`, `>`), so an `&` in text is never taken for one.
enum YAMLAnchorScan {
    /// Line and column (from 1) of the first anchor, or nil.
    static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
        var quote: Character?
        var blockIndent: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            if let block = blockIndent {
                if characters.allSatisfy(\.isWhitespace) || indent > block { continue }
                blockIndent = nil
            }
            var previous: Character? = nil  // last non-blank character outside quotes
            var position = 0
            var lastToken: (character: Character, position: Int)?
            while position < characters.count {
                let character = characters[position]
                if let open = quote {
                    if open == "\"", character == "\\" {
                        position += 2
                        continue
                    }
                    if character == open {
                        if open == "'", position + 1 < characters.count, characters[position + 1] == "'" {
                            position += 2
                            continue
                        }
                        quote = nil
                        previous = character
                    }
                    position += 1
                    continue
                }
                let atTokenStart = previous == nil
                    || (position > 0 && characters[position - 1].isWhitespace && [":", "-", "?", ",", "[", "{"].contains(previous))
                    || ["[", "{", ","].contains(previous)
                if character == "#", position == 0 || characters[position - 1].isWhitespace {
                    break
                }
                if atTokenStart, character == "\"" || character == "'" {
                    quote = character
                } else if atTokenStart, character == "&", position + 1 < characters.count,
                          !characters[position + 1].isWhitespace, !",[]{}".contains(characters[position + 1]) {
                    return (index + 1, position + 1)
                }
                if !character.isWhitespace {
                    if atTokenStart || previous == nil { lastToken = (character, position) }
                    previous = character
                }
                position += 1
            }
            // A block scalar starts when a value is just `|` or `>` (with its indicators).
            if quote == nil, let token = lastToken, token.character == "|" || token.character == ">",
               characters[token.position...].dropFirst().allSatisfy({ "+-0123456789 \t\r".contains($0) })
                || characters[token.position...].contains("#") {
                blockIndent = indent
            }
        }
        return nil
    }
}
