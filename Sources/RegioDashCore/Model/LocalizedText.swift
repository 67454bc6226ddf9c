/// A piece of interface text in every supported language.
public struct LocalizedText: Sendable, Hashable {
    /// The Dutch and the English text.
    public var nl: String
    public var en: String

    /// A text in both languages.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in every language (a name, a code).
    public init(_ text: String) {
        self.init(nl: text, en: text)
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
