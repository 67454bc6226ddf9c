import RegioDashCore
import RegioDashTestSupport
import Testing

/// Loads `files` (plus the fixture's site.yaml and region.yaml unless
/// replaced) as a content folder with the sample theme.
func load(_ files: [String: String], drafts: Bool = false) async throws -> ContentLoader.Result {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(Fixtures.content(files))
    return await ContentLoader(content: ContentFolder(root: folder.path), registry: ThemeRegistry([SampleTheme()]),
                         options: .init(includeDrafts: drafts)).load()
}

/// A text file as the loaders see it.
func textFile(_ text: String, path: String = "data.csv") -> TextFile {
    TextFile(relativePath: path, displayPath: "content/" + path, text: text)
}

extension Diagnostics {
    /// The errors as `line:column message` (path left out), for compact expectations.
    var errorLines: [String] {
        sorted.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column) \($0.text)" }
    }

    func contains(_ severity: Diagnostic.Severity, at path: String, line: Int, _ fragment: String) -> Bool {
        all.contains {
            $0.severity == severity && $0.location.path.hasSuffix(path) && $0.location.line == line && $0.text.contains(fragment)
        }
    }
}
