/// The language a site is published in: all interface text, number and date
/// formats follow it.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case nl
    case en
}
