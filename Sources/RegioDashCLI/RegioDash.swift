import RegioDashCore
import RegioDashThemes

/// regiodash's command line, for a package with themes of its own: its
/// executable's `main.swift` is
///
///     import CameraTheme
///     import RegioDashCLI
///     import RegioDashCore
///     import RegioDashThemes
///
///     var registry = ThemeRegistry.builtIn
///     registry.register(CameraSurveillanceTheme())
///     await RegioDash.main(registry: registry)
///
/// and it has every command `regiodash` has, with the same options and the
/// same exit codes; build, check, serve, diff and import use those themes
/// (`sample` writes the built-in themes, and `init`'s CI fetches the
/// released regiodash).
public enum RegioDash {
    /// Parses the command line, runs the command with `registry`'s themes
    /// and exits: 0 on success, 1 for errors in the content, 2 for wrong
    /// usage. `name` is the program's name in usage lines and messages; by
    /// default the executable's file name.
    public static func main(registry: ThemeRegistry = .builtIn, name: String? = nil) async -> Never {
        Program.name = name ?? Program.executableName
        Program.registry = registry
        await RootCommand.main()
        Platform.exit(0)
    }
}
