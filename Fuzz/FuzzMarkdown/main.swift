// libFuzzer target: Markdown (narratives, theme.md, free pages) through cmark
// and the unsafe-link removal, at every heading level, with and without a
// lifted title; no rendering may carry a link or image with an unsafe URL.
// Build and run: scripts/fuzz.sh
import FuzzSupport
import RegioDashCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let file = FuzzInput.file(start, count, path: "pages/x.md") else { return 0 }
    let level = count % 6 + 1
    for html in [Markdown.render(file.text, topHeadingLevel: level).html,
                 Markdown.document(file.text, topHeadingLevel: level, liftingTitle: true).body.html] {
        let lowered = html.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.contains("href=\"\(scheme)") || lowered.contains("src=\"\(scheme)") {
            fatalError("an unsafe URL survived in:\n\(file.text)\n→\n\(html)")
        }
    }
    return 0
}
