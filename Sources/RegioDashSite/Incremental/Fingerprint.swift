import Foundation
import RegioDashCore

/// What besides the content decides every byte of the site: this program
/// (its very executable), the themes it has and the options. A different
/// fingerprint means the build cache is not used: everything is read and
/// made again.
enum Fingerprint {
    static func of(registry: ThemeRegistry, includeDrafts: Bool, baseURL: String?) -> UInt64 {
        let executable = Platform.executablePath.flatMap(FileStamp.of) ?? FileStamp.of(CommandLine.arguments.first ?? "")
        var parts = ["regiodash " + SiteBuilder.version, "drafts=\(includeDrafts)", "base=\(baseURL ?? "")",
                     "exe=\(executable?.size ?? 0)/\(executable?.modified ?? 0)"]
        parts += registry.plugins.map(\.descriptor.id)
        return ContentHash.combine(parts.map(ContentHash.of))
    }
}
