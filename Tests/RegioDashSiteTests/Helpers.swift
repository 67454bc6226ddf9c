import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import Testing

/// A content folder and an output folder side by side in a temporary folder.
struct Workspace {
    let folder: TemporaryFolder
    var content: String { folder.path + "/content" }
    var output: String { folder.path + "/site" }

    init(_ files: [String: String]) throws {
        folder = try TemporaryFolder()
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.content(files).map { ("content/" + $0, $1) }))
    }

    func build(strict: Bool = false, drafts: Bool = false) async -> SiteBuilder.Report {
        await SiteBuilder(registry: ThemeRegistry([SampleTheme()]))
            .build(.init(content: content, output: output, includeDrafts: drafts, strict: strict))
    }

    func page(_ path: String) -> String {
        folder.read("site/" + path) ?? ""
    }

    func write(_ files: [String: String]) throws {
        try folder.write(Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0, $1) }))
    }

    func remove() {
        folder.remove()
    }
}

let sampleData = """
    municipality,year,indicator,value,source,note
    GM0177,2021,incidents,30,Jaarverslag,
    GM0177,2022,incidents,38,Jaarverslag,thema bedrijfsverzamelgebouwen
    GM0193,2022,incidents,261,Politie,
    GM0177,2022,success,69,Jaarverslag,
    GM0193,2022,success,,,
    """

/// Whether `text` is well-formed XML (what a standalone SVG file or a feed must be to open anywhere).
func wellFormed(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
}
