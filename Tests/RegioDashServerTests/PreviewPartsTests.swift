@testable import RegioDashServer
import RegioDashCore
import RegioDashSite
import Testing

@Suite("The preview server's parts")
struct PreviewPartsTests {
    private let files: Set<String> = ["index.html", "kvo/index.html", "assets/regiodash.css"]
    private let folders: Set<String> = ["kvo", "assets"]

    private func resolve(_ target: String) -> SitePath.Resolution {
        SitePath.resolve(target, isFolder: { folders.contains($0) }, isFile: { files.contains($0) })
    }

    @Test("paths map to files; folders to their index.html or a redirect")
    func paths() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/kvo/") == .file("kvo/index.html"))
        #expect(resolve("/kvo") == .folder(redirect: "/kvo/"))
        #expect(resolve("//kvo") == .folder(redirect: "/kvo/"), "//kvo/ would be read as the host kvo")
        #expect(resolve("/assets/regiodash.css") == .file("assets/regiodash.css"))
        #expect(resolve("//assets///regiodash.css") == .file("assets/regiodash.css"))
        #expect(resolve("/./kvo/./index.html") == .file("kvo/index.html"))
        #expect(resolve("/assets/") == .notFound)
        #expect(resolve("/nope.html") == .notFound)
    }

    @Test("anything that could leave the site, or reach hidden files, is refused", arguments: [
        "/..", "/../index.html", "/kvo/../../x", "/%2e%2e/x", "/%2E%2e%2Fx", "/a%5c..%5cb", "/.regiodash/outputs",
        "/%2eregiodash", "/x%00y", "relative", "/bad%zzescape",
    ])
    func refused(_ target: String) {
        #expect(resolve(target) == .refused)
    }

    @Test("HTTP dates read back what they wrote")
    func dates() {
        #expect(HTTPDate.format(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("gisteren") == nil)
    }

    @Test("served pages get the markup before their last </body>, or at the end")
    func injection() {
        let page = Array("<html><body><p>a</p></body></html>".utf8)
        #expect(String(decoding: PreviewHandler.inject("<script></script>", into: page), as: UTF8.self)
            == "<html><body><p>a</p><script></script></body></html>")
        #expect(String(decoding: PreviewHandler.inject("X", into: Array("kaal".utf8)), as: UTF8.self) == "kaalX")
    }

    @Test("a failed build's problems are escaped in the panel")
    func panel() {
        let markup = RegioDashSite.PreviewMarkup.injection(failure: [
            .init(.error, "bad <script>alert(1)</script>", at: .init(path: "content/site.yaml", line: 2, column: 1)),
        ], language: .en)
        #expect(markup.contains("content/site.yaml:2:1: error: bad &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!markup.contains("<script>alert"))
    }

    @Test("the panel lists the errors first and folds the warnings, in the site's language")
    func panelOrder() throws {
        let warnings = (1...25).map { line in
            Diagnostic(.warning, "odd \(line)", at: .init(path: "content/themes/cyber/data.csv", line: line, column: 1))
        }
        let error = Diagnostic(.error, "broken", at: .init(path: "content/region.yaml", line: 7, column: 3))
        let page = Array("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>".utf8)
        let language = RegioDashSite.PreviewMarkup.language(ofPage: page)
        #expect(language == .nl)
        let markup = RegioDashSite.PreviewMarkup.injection(failure: warnings + [error], language: language)
        let errorAt = try #require(markup.range(of: "content/region.yaml:7:3: fout: broken"))
        let foldAt = try #require(markup.range(of: "<details"))
        let firstWarning = try #require(markup.range(of: "data.csv:1:1: waarschuwing: odd 1"))
        #expect(errorAt.lowerBound < foldAt.lowerBound)
        #expect(foldAt.lowerBound < firstWarning.lowerBound)
        #expect(markup.contains("<summary style=\"cursor:pointer\">25 waarschuwingen</summary>"))
        #expect(markup.contains("De laatste build is mislukt (1 fout)"))
        #expect(RegioDashSite.PreviewMarkup.language(ofPage: Array("<!DOCTYPE html>\n<html lang=\"en\">".utf8)) == .en)
    }

    @Test("the Host names a front door answers: its address and localhost, with the port")
    func hostNames() {
        #expect(FrontDoor.names(host: "127.0.0.1", port: 8000)
            == ["127.0.0.1:8000", "localhost:8000", "[::1]:8000"])
        #expect(FrontDoor.names(host: "192.168.1.5", port: 80) == ["192.168.1.5", "192.168.1.5:80", "localhost", "localhost:80"])
        #expect(FrontDoor.names(host: "::1", port: 8000) == ["[::1]:8000", "localhost:8000", "127.0.0.1:8000"])
    }
}
