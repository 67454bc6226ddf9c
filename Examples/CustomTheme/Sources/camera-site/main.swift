import CameraTheme
import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashThemes

// camera-site [--content content] [--output site]: regiodash's built-in themes
// plus camera surveillance, built like `regiodash build` would.
var options = SiteBuilder.Options()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--content": options.content = arguments.popFirst() ?? options.content
    case "--output": options.output = arguments.popFirst() ?? options.output
    default:
        FileHandle.standardError.write(Data("usage: camera-site [--content content] [--output site]\n".utf8))
        exit(2)
    }
}

var registry = ThemeRegistry.builtIn
registry.register(CameraSurveillanceTheme())
let report = await SiteBuilder(registry: registry).build(options)
for diagnostic in report.diagnostics.sorted {
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
}
guard !report.failed else {
    FileHandle.standardError.write(Data("camera-site: \(report.diagnostics.errorCount) errors; nothing was written\n".utf8))
    exit(1)
}
print("Built \(report.pageCount) pages into \(options.output)/, with the themes \(registry.ids.joined(separator: ", "))")
