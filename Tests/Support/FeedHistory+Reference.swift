import Foundation

/// The feed (`feed.xml`, the "what's new" page) tells what changed since the
/// last publication: the history it keeps in the build cache is an input of
/// a build, like the content. A full build that an incremental one is
/// compared with gets the same history, so the two feeds must be the same
/// bytes too.
public enum FeedHistoryCopy {
    /// Copies the feed's history of the builds into `output` to the build cache of `reference` (default caches, beside both).
    public static func share(from output: String, to reference: String) throws {
        func cache(_ folder: String) -> String {
            let url = URL(fileURLWithPath: folder).standardizedFileURL
            return url.deletingLastPathComponent().path + "/.regiodash-cache/" + url.lastPathComponent
        }
        let source = cache(output) + "/publication", target = cache(reference) + "/publication"
        try FileManager.default.createDirectory(atPath: cache(reference), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }
}
