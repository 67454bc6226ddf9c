import Foundation
import RegioDashTestSupport
import Testing
import Yams
@testable import regiodash

@Suite("regiodash init: a new region's content repository, with CI")
struct InitTests {
    @Test("the scaffold checks clean under --strict and builds")
    func validContent() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        let made = try Command.run(["init", "regio", "--region", "Veiligheidsregio Testland"], in: folder.path)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("Wrote 9 files into regio/"))
        let check = try Command.run(["check", "--strict", "--content", "regio/content"], in: folder.path)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("has no errors") && !check.errors.contains("warning"))
        let build = try Command.run(["build", "--content", "regio/content", "--output", "regio/site"], in: folder.path)
        #expect(build.status == 0, "\(build.errors)")
        #expect(folder.read("regio/site/index.html")?.contains("Veiligheidsbeeld Veiligheidsregio Testland") == true)
        #expect(folder.read("regio/.gitignore")?.contains("/site/") == true)
    }

    @Test("it never writes into a folder that holds something")
    func refusesNonEmpty() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        try folder.write(["regio/mijn.txt": "eigen werk"])
        let result = try Command.run(["init", "regio"], in: folder.path)
        #expect(result.status == 1 && result.errors.contains("regio is not empty"))
        #expect(folder.read("regio/mijn.txt") == "eigen werk" && !folder.exists("regio/content"))
    }

    @Test("GitHub Actions: on content changes, check --strict with annotations, build, link check, summary, Pages")
    func githubWorkflow() throws {
        let scaffold = Scaffold(region: "R", source: .repository(url: "https://example.org/regiodash.git", version: "v9"))
        let workflow = try #require(try Yams.load(yaml: scaffold.github) as? [String: Any])
        let triggers = try #require(workflow["on"] as? [String: Any])
        #expect((triggers["push"] as? [String: Any])?["paths"] as? [String] == ["content/**", ".github/workflows/site.yml"])
        #expect((triggers["pull_request"] as? [String: Any])?["paths"] as? [String] == ["content/**"])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let steps = try #require((jobs["site"] as? [String: Any])?["steps"] as? [[String: Any]])
        let commands = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        let actions = steps.compactMap { $0["uses"] as? String }
        #expect(commands.contains("git clone --depth 1 --branch \"$REGIODASH_VERSION\" \"$REGIODASH_REPOSITORY\""))
        #expect(commands.contains("regiodash check --strict --format github"))
        #expect(commands.contains("regiodash build --output site"))
        #expect(commands.contains("regiodash diff --base \"origin/${{ github.base_ref }}\" > summary.md"))
        #expect(actions.contains { $0.hasPrefix("lycheeverse/lychee-action@") })
        #expect(actions.contains { $0.hasPrefix("marocchino/sticky-pull-request-comment@") })
        #expect(actions.contains { $0.hasPrefix("actions/upload-pages-artifact@") })
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(((deploy["steps"] as? [[String: Any]])?.first?["uses"] as? String)?.hasPrefix("actions/deploy-pages@") == true)
        #expect((workflow["env"] as? [String: Any])?["REGIODASH_VERSION"] as? String == "v9")
    }

    @Test("GitLab CI: the same jobs, the summary as a merge-request note, GitLab Pages")
    func gitlabPipeline() throws {
        let scaffold = Scaffold(region: "R", source: .repository(url: "https://example.org/regiodash.git", version: "v9"))
        let pipeline = try #require(try Yams.load(yaml: scaffold.gitlab) as? [String: Any])
        let script = { (job: String) in ((pipeline[job] as? [String: Any])?["script"] as? [String] ?? []).joined(separator: "\n") }
        #expect(script("check").contains("regiodash check --strict"))
        #expect(script("links").contains("lychee --offline"))
        #expect(script("review").contains("regiodash diff --base \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\""))
        #expect(script("review").contains("/merge_requests/$CI_MERGE_REQUEST_IID/notes"))
        #expect(script("pages").contains("regiodash build --output public"))
        #expect(((pipeline["pages"] as? [String: Any])?["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
    }

    @Test("this repository's own workflow is what init writes, building regiodash from the checkout")
    func ownWorkflow() throws {
        let expected = Scaffold(region: "IJsselland", source: .checkout).github
        let path = Command.repository.appendingPathComponent(".github/workflows/site.yml").path
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "rewrite .github/workflows/site.yml with Scaffold(source: .checkout).github")
    }
}
