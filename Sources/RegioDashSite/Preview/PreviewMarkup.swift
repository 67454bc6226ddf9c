import RegioDashCore

/// What `regiodash serve` adds to the pages it serves, and never to the
/// built site: a script that reloads the page when a rebuild is done, and,
/// while the last build failed, a panel over the page with its problems.
/// Made here, with the one escaping HTML builder.
package enum PreviewMarkup {
    /// Where the server sends its reload events.
    package static let eventsPath = "/_regiodash/events"

    /// The markup to put before `</body>`: the reload script, and the panel
    /// when `failure` holds the problems of a failed build, in `language`.
    package static func injection(failure: [Diagnostic]?, language: Language) -> String {
        var html = HTML(capacity: 2048)
        if let failure {
            panel(failure, strings: Strings.of(language), into: &html)
        }
        html.element("script") { script in
            script.raw("new EventSource(\"\(eventsPath)\").addEventListener(\"reload\",function(){location.reload()});")
        }
        html.newline()
        return html.output
    }

    /// The language a page of the site is in, from its `<html lang>`: the
    /// panel speaks it, even when site.yaml is what the build failed on.
    package static func language(ofPage bytes: some Collection<UInt8>) -> Language {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        return Language.allCases.first { head.contains("<html lang=\"\($0.rawValue)\"") } ?? .nl
    }

    /// A page for a path the site does not have (the server's 404).
    package static func notFound(path: String, failure: [Diagnostic]?) -> String {
        var html = HTML()
        html.doctype()
        html.open("html", ["lang": "en"])
        html.element("head") { head in
            head.open("meta", ["charset": "utf-8"])
            head.element("title", text: "Not found")
        }
        html.element("body") { body in
            body.element("main") { main in
                main.element("h1", text: "Not found")
                main.element("p") { line in
                    line.text("The site has no page at ")
                    line.element("code", text: path)
                    line.text(". ")
                    line.element("a", ["href": "/"], text: "Go to the overview")
                    line.text(".")
                }
            }
            body.raw(injection(failure: failure, language: .en))
        }
        html.newline()
        return html.output
    }

    /// The errors first, each with its file, line and column; the warnings
    /// folded under them; then what to do.
    private static func panel(_ diagnostics: [Diagnostic], strings: Strings, into html: inout HTML) {
        let errors = diagnostics.filter { $0.severity == .error }
        let others = diagnostics.filter { $0.severity != .error }
        let style = "position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:2147483647;margin:0;"
            + "padding:1rem 1.5rem;background:#fff8f6;color:#1a1a1a;border-bottom:4px solid #b3261e;"
            + "font:15px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)"
        let listStyle = "margin:0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:13px"
        func list(_ diagnostics: [Diagnostic], into html: inout HTML) {
            html.element("ul", ["style": listStyle]) { list in
                for diagnostic in diagnostics {
                    list.element("li", text: "\(diagnostic.location): \(strings.severity(diagnostic.severity)): \(diagnostic.text)")
                }
            }
        }
        html.element("section", ["id": "regiodash-build-failed", "role": "alert", "style": style]) { panel in
            panel.element("h2", ["style": "margin:0 0 .5rem;font-size:1.15rem;color:#b3261e"], text: strings.buildFailed(errors.count))
            list(errors, into: &panel)
            if !others.isEmpty {
                panel.element("details", ["style": "margin-top:.5rem"]) { details in
                    details.element("summary", ["style": "cursor:pointer"], text: strings.buildWarnings(others.count))
                    list(others, into: &details)
                }
            }
            panel.element("p", ["style": "margin:.5rem 0 0"], text: strings.buildFix)
        }
    }
}
