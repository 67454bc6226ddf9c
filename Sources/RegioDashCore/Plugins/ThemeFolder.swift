/// A theme's folder, `content/themes/<id>/`, as a plugin sees it.
public struct ThemeFolder: Sendable {
    /// The folder name: the theme id.
    public let id: String
    /// The folder's path inside the content folder (`themes/kvo`).
    public let relativePath: String
    /// The names of the files directly in the folder, sorted.
    public let fileNames: [String]
    let content: ContentFolder

    /// The folder `themes/<id>/` of the content folder at `contentRoot`:
    /// what a plugin's own tests call `load` with. The file names are read
    /// from the folder.
    public init(id: String, contentRoot: String) {
        let content = ContentFolder(root: contentRoot)
        let relativePath = "themes/" + id
        var ignored = Diagnostics()
        let names = (content.entries(in: relativePath, diagnostics: &ignored) ?? []).filter { !$0.isDirectory }.map(\.name)
        self.init(id: id, relativePath: relativePath, fileNames: names.sorted(), content: content)
    }

    init(id: String, relativePath: String, fileNames: [String], content: ContentFolder) {
        self.id = id
        self.relativePath = relativePath
        self.fileNames = fileNames
        self.content = content
    }

    /// Whether a file of that name is directly in the folder.
    public func contains(_ fileName: String) -> Bool {
        fileNames.contains(fileName)
    }

    /// Reads a file of the folder as text; nil with an error when it cannot
    /// be read, nil without one when it is not there.
    public func read(_ fileName: String, diagnostics: inout Diagnostics) -> TextFile? {
        guard contains(fileName) else { return nil }
        return content.read(relativePath + "/" + fileName, diagnostics: &diagnostics)
    }

    /// A location in a file of the folder (for "file missing" and the like).
    public func location(_ fileName: String, line: Int = 1, column: Int = 1) -> SourceLocation {
        content.location(relativePath + "/" + fileName, line: line, column: column)
    }
}
