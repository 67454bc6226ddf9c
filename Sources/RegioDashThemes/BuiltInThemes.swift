import RegioDashCore

extension ThemeRegistry {
    /// The five built-in themes, in the order the site shows them.
    public static let builtIn = ThemeRegistry([
        UnderminingTheme(),
        CyberTheme(),
        CareSafetyTheme(),
        KVOTheme(),
        RefugeeShelterTheme(),
    ])
}
