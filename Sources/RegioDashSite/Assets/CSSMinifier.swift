/// Takes comments and spare white space out of CSS: the stylesheet is
/// written to be read, and shipped to be small. Quoted strings are kept as
/// they are; a space survives only where it separates two words.
enum CSSMinifier {
    /// Characters next to which white space never matters.
    private static let tight: Set<Character> = ["{", "}", ";", ",", ">", ":"]

    static func minify(_ css: String) -> String {
        let characters = Array(css)
        var output = ""
        var index = 0
        var pendingSpace = false
        while index < characters.count {
            let character = characters[index]
            if character == "/", index + 1 < characters.count, characters[index + 1] == "*" {
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") {
                    index += 1
                }
                index += 2
                continue
            }
            if character.isWhitespace {
                pendingSpace = true
                index += 1
                continue
            }
            // A space before ":" may be a descendant selector (`.a :focus`), so only the space after it goes.
            if pendingSpace, let last = output.last, !tight.contains(last), character == ":" || !tight.contains(character) {
                output.append(" ")
            }
            pendingSpace = false
            if character == "}", output.last == ";" {
                output.removeLast()
            }
            if character == "\"" || character == "'" {
                var end = index + 1
                while end < characters.count, characters[end] != character { end += 1 }
                output += String(characters[index...min(end, characters.count - 1)])
                index = end + 1
                continue
            }
            output.append(character)
            index += 1
        }
        return output + "\n"
    }
}
