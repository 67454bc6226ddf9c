import Foundation
import RegioDashCore

/// What besides the content decides every byte of the site: this program
/// (its version and its very executable), the plugins and their versions,
/// and the options. A different fingerprint means everything is rendered again.
enum Fingerprint {

    static func of(registry: ThemeRegistry, includeDrafts: Bool, baseURL: String?) -> UInt64 {
        let executable = Platform.executablePath.flatMap(FileStamp.of) ?? FileStamp.of(CommandLine.arguments.first ?? "")
        var parts = ["regiodash " + SiteBuilder.version, "drafts=\(includeDrafts)", "base=\(baseURL ?? "")",
                     "exe=\(executable?.size ?? 0)/\(executable?.modified ?? 0)"]
        parts += registry.plugins.map { "\($0.descriptor.id)@\($0.descriptor.version)" }
        return ContentHash.combine(parts.map(ContentHash.of))
    }
}
