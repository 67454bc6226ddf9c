import Foundation
import RegioDashCore
import RegioDashThemes

/// The program the commands run in: `regiodash`, or a package's own
/// executable that calls `RegioDash.main(registry:)` with its themes.
enum Program {
    /// The name it was started by, for usage lines and messages
    /// ("regiodash: 2 errors", "camera-site: 2 errors").
    static let name: String = {
        let name = URL(fileURLWithPath: CommandLine.arguments.first ?? "regiodash").lastPathComponent
        return name.isEmpty ? "regiodash" : name
    }()

    /// The themes the commands build with: the built-in ones, or those a
    /// package passes to `RegioDash.main(registry:)`.
    @TaskLocal static var registry = ThemeRegistry.builtIn
}
