// libFuzzer target: a narrative's front matter (splitter, YAML, keys) and its
// Markdown through cmark; and the front-matter fast path must read every text
// it accepts exactly as the YAML parser does. Build and run: scripts/fuzz.sh
import FuzzSupport
@_spi(Fuzzing) import RegioDashCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let file = FuzzInput.file(start, count, path: "themes/x/raalte/2022.md") else { return 0 }
    if !SimpleYAML.agreesWithParser(file.text) {
        fatalError("the front-matter fast path and the YAML parser disagree on:\n\(file.text)")
    }
    var diagnostics = Diagnostics()
    guard let markdown = MarkdownFile.read(file, keys: ["title", "summary", "status"], diagnostics: &diagnostics) else {
        return 0
    }
    _ = markdown.text("title", diagnostics: &diagnostics)
    _ = Markdown.document(markdown.body, topHeadingLevel: 4, liftingTitle: true)
    return 0
}
