import Foundation
import RegioDashCore
import RegioDashThemes

/// The program the commands run in: `regiodash`, or a package's own
/// executable that calls `RegioDash.main(registry:)` with its themes.
/// `RegioDash.main` sets both values once, before any command is parsed;
/// they are only read after (from any thread: progress lines are printed
/// from the build's tasks).
enum Program {
    /// Its name in usage lines and messages ("regiodash: 2 errors",
    /// "camera-site: 2 errors").
    nonisolated(unsafe) static var name = "regiodash"

    /// The name of the executable file this process runs.
    static var executableName: String {
        let name = URL(fileURLWithPath: CommandLine.arguments.first ?? "").lastPathComponent
        return name.isEmpty ? "regiodash" : name
    }

    /// The themes the commands build with: the built-in ones, or those a
    /// package passes to `RegioDash.main(registry:)`.
    nonisolated(unsafe) static var registry = ThemeRegistry.builtIn
}
