import RegioDashCore
import RegioDashThemes

/// regiodash's command line, for a package with themes of its own: its
/// executable's `main.swift` is
///
///     import CameraTheme
///     import RegioDashCLI
///     import RegioDashThemes
///
///     var registry = ThemeRegistry.builtIn
///     registry.register(CameraSurveillanceTheme())
///     await RegioDash.main(registry: registry)
///
/// and it has every command `regiodash` has (build, check, serve, diff,
/// import, init, sample) with those themes, the same options and the same
/// exit codes.
public enum RegioDash {
    /// Parses the command line, runs the command with `registry`'s themes
    /// and exits: 0 on success, 1 for errors in the content, 2 for wrong usage.
    public static func main(registry: ThemeRegistry = .builtIn) async -> Never {
        await Program.$registry.withValue(registry) {
            await RootCommand.main()
        }
        Platform.exit(0)
    }
}
