import Foundation
import RegioDashTestSupport
import Testing
import Yams
@testable import RegioDashCLI

@Suite("regiodash init: a new region's content repository, with CI")
struct InitTests {
    static let release = Scaffold.Release(repository: "example/regiodash", version: "v9",
                                          checksum: String(repeating: "ab", count: 32), fromSource: false)

    @Test("the scaffold checks clean under --strict and builds")
    func validContent() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        let made = try Command.run(["init", "regio", "--region", "Veiligheidsregio Testland"], in: folder.path)
        #expect(made.status == 0, "\(made.errors)")
        #expect(made.output.contains("Wrote 10 files into regio/ and made it a git repository"))
        #expect(made.output.contains("Before the first push, set REGIODASH_REPOSITORY and REGIODASH_SHA256 at the top of regio/.github/workflows/site.yml"))
        #expect(folder.exists("regio/.git"))
        let check = try Command.run(["check", "--strict", "--content", "regio/content"], in: folder.path)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("has no errors") && !check.errors.contains("warning"))
        let build = try Command.run(["build", "--content", "regio/content", "--output", "regio/site"], in: folder.path)
        #expect(build.status == 0, "\(build.errors)")
        let page = try #require(folder.read("regio/site/index.html"))
        #expect(page.contains("Veiligheidsbeeld Testland") && !page.contains("Veiligheidsbeeld Veiligheidsregio"))
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
        let scaffold = Scaffold(region: "R", source: .release(Self.release))
        let workflow = try #require(try Yams.load(yaml: scaffold.github) as? [String: Any])
        let triggers = try #require(workflow["on"] as? [String: Any])
        #expect((triggers["push"] as? [String: Any])?["paths"] as? [String] == ["content/**", ".github/workflows/site.yml"])
        #expect((triggers["pull_request"] as? [String: Any])?["paths"] as? [String] == ["content/**"])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let steps = try #require((jobs["site"] as? [String: Any])?["steps"] as? [[String: Any]])
        let commands = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        let actions = steps.compactMap { $0["uses"] as? String }
        #expect(commands.contains("ci/get-regiodash.sh \"$RUNNER_TEMP/regiodash\""))
        #expect((jobs["site"] as? [String: Any])?["container"] == nil)
        #expect(commands.contains("regiodash check --strict --format github"))
        #expect(commands.contains("regiodash build --output site"))
        #expect(commands.contains("regiodash diff --base \"origin/${{ github.base_ref }}\" > summary.md"))
        #expect(actions.contains { $0.hasPrefix("lycheeverse/lychee-action@") })
        #expect(actions.contains { $0.hasPrefix("marocchino/sticky-pull-request-comment@") })
        #expect(actions.contains { $0.hasPrefix("actions/upload-pages-artifact@") })
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(((deploy["steps"] as? [[String: Any]])?.first?["uses"] as? String)?.hasPrefix("actions/deploy-pages@") == true)
        let settings = try #require(workflow["env"] as? [String: Any])
        #expect(settings["REGIODASH_REPOSITORY"] as? String == "example/regiodash")
        #expect(settings["REGIODASH_VERSION"] as? String == "v9")
        #expect(settings["REGIODASH_SHA256"] as? String == String(repeating: "ab", count: 32))
        #expect(settings["REGIODASH_FROM_SOURCE"] as? String == "false")
    }

    @Test("GitLab CI: the same jobs, the summary as a merge-request note, GitLab Pages")
    func gitlabPipeline() throws {
        let scaffold = Scaffold(region: "R", source: .release(Self.release))
        let pipeline = try #require(try Yams.load(yaml: scaffold.gitlab) as? [String: Any])
        let script = { (job: String) in ((pipeline[job] as? [String: Any])?["script"] as? [String] ?? []).joined(separator: "\n") }
        #expect(((pipeline[".regiodash"] as? [String: Any])?["before_script"] as? [String])?
            .contains("ci/get-regiodash.sh .regiodash-tool") == true)
        #expect((pipeline["variables"] as? [String: Any])?["REGIODASH_VERSION"] as? String == "v9")
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

    @Test("inside a git repository it makes no repository of its own; the title never says Veiligheidsregio twice")
    func insideRepository() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        #expect(try Command.run(["init", "outer", "--region", "Veiligheidsregio Twente"], in: folder.path).status == 0)
        let inner = try Command.run(["init", "regio"], in: folder.path + "/outer")
        #expect(inner.status == 0, "\(inner.errors)")
        #expect(inner.output.contains("Wrote 10 files into regio/ (inside an existing git repository, so no new one)"))
        #expect(!folder.exists("outer/regio/.git"))
        #expect(folder.read("outer/content/site.yaml")?.contains("title: Veiligheidsbeeld Twente\n") == true)
        #expect(folder.read("outer/README.md")?.hasPrefix("# Veiligheidsbeeld Twente\n") == true)
    }

    @Test("init's options: a checksum must be one, the repository OWNER/NAME (a GitHub URL is taken)")
    func releaseOptions() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        let short = try Command.run(["init", "regio", "--regiodash-sha256", "abc"], in: folder.path)
        #expect(short.status == 2 && short.errors.contains("--regiodash-sha256 takes the 64 hexadecimal digits"))
        let bare = try Command.run(["init", "regio", "--regiodash-repository", "regiodash"], in: folder.path)
        #expect(bare.status == 2 && bare.errors.contains("--regiodash-repository takes the GitHub repository as OWNER/NAME"))
        let checksum = String(repeating: "0", count: 64)
        let url = try Command.run(["init", "regio", "--regiodash-repository", "https://github.com/example/regiodash.git",
                                   "--regiodash-version", "v1.2.3", "--regiodash-sha256", checksum], in: folder.path)
        #expect(url.status == 0 && !url.output.contains("Before the first push"))
        let workflow = try #require(folder.read("regio/.github/workflows/site.yml"))
        #expect(workflow.contains("REGIODASH_REPOSITORY: example/regiodash\n"))
        #expect(workflow.contains("REGIODASH_VERSION: v1.2.3\n") && workflow.contains("REGIODASH_SHA256: \(checksum)\n"))
    }

    /// The file's SHA-256 in hexadecimal, by sha256sum (as CI computes it).
    private func sha256(of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix { $0 != " " })
    }

    /// Runs the scaffold's ci/get-regiodash.sh with `settings` as its environment.
    private func getRegiodash(in folder: TemporaryFolder, _ settings: [String: String]) throws -> Command.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder.path + "/regio/ci/get-regiodash.sh")
        process.arguments = [folder.path + "/tool"]
        process.environment = settings.merging(["PATH": "/usr/local/bin:/usr/bin:/bin"]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return .init(status: process.terminationStatus, output: "", errors: text)
    }

    @Test("CI's get-regiodash.sh: unset settings, a missing release and a wrong checksum stop it with a message; the right checksum installs the binary",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/curl")))
    func getScript() throws {
        let folder = try TemporaryFolder("init")
        defer { folder.remove() }
        #expect(try Command.run(["init", "regio"], in: folder.path).status == 0)
        let unset = try getRegiodash(in: folder, ["REGIODASH_REPOSITORY": "SET-ME/regiodash", "REGIODASH_VERSION": "v9",
                                                  "REGIODASH_SHA256": "SET-ME"])
        #expect(unset.status == 1)
        #expect(unset.errors.contains("set REGIODASH_REPOSITORY (the GitHub repository regiodash is released from, "
            + "as OWNER/NAME), REGIODASH_SHA256 (from the release's regiodash-linux-x86_64.sha256) in "
            + ".github/workflows/site.yml (GitHub) or .gitlab-ci.yml (GitLab)"))

        // A release folder of one's own, read by curl through file://.
        var system = utsname()
        uname(&system)
        let machine = withUnsafeBytes(of: system.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let binary = "#!/bin/sh\necho regiodash 9\n"
        try folder.write(["releases/v9/regiodash-linux-\(machine)": binary])
        let checksum = try sha256(of: folder.path + "/releases/v9/regiodash-linux-\(machine)")
        var settings = ["REGIODASH_REPOSITORY": "example/regiodash", "REGIODASH_VERSION": "v8",
                        "REGIODASH_SHA256": checksum, "REGIODASH_RELEASES": "file://\(folder.path)/releases"]
        let missing = try getRegiodash(in: folder, settings)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("is v8 a release of example/regiodash with a file regiodash-linux-\(machine)? "
            + "Check REGIODASH_VERSION and REGIODASH_REPOSITORY"))
        settings["REGIODASH_VERSION"] = "v9"
        settings["REGIODASH_SHA256"] = String(repeating: "0", count: 64)
        let wrong = try getRegiodash(in: folder, settings)
        #expect(wrong.status == 1 && wrong.errors.contains("has checksum \(checksum), not the \(String(repeating: "0", count: 64))"))
        #expect(!folder.exists("tool/regiodash"))
        settings["REGIODASH_SHA256"] = checksum
        let right = try getRegiodash(in: folder, settings)
        #expect(right.status == 0, "\(right.errors)")
        #expect(folder.read("tool/regiodash") == binary)
        #expect(FileManager.default.isExecutableFile(atPath: folder.path + "/tool/regiodash"))
    }
}
