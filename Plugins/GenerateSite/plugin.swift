import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-site [--content …] [--output …] [build options]`:
/// runs `regiodash build` in the package's folder with the same options, and
/// ends with its exit status (0 built, 1 problems in the content, 2 wrong usage).
@main
struct GenerateSite: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "regiodash")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["build"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            exit(process.terminationStatus)
        }
    }
}
