import Foundation
import RegioDashCore
import RegioDashSite
import RegioDashTestSupport
import RegioDashThemes
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every kind of edit a coordinator makes, on the demo and on a region of
/// 45 municipalities (where theme pages list the narratives compactly):
/// the rebuild's output folder equals a full build's, every file, byte for byte.
@Suite("Incremental builds after every kind of edit: the same output folder as a full build")
struct IncrementalEditTests {
    private typealias Edit = (name: String, apply: (String) throws -> Void)

    private static func replace(_ path: String, _ old: String, _ new: String) -> (String) throws -> Void {
        { content in
            let file = content + "/" + path
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let changed = text.replacing(old, with: new, maxReplacements: 1)
            guard changed != text else { throw Failure(message: "\(path) holds no \(old)") }
            try changed.write(toFile: file, atomically: false, encoding: .utf8)
        }
    }

    private struct Failure: Error {
        var message: String
    }

    private func build(_ content: String, into output: String, incremental: Bool = true) async -> SiteBuilder.Report {
        await SiteBuilder(registry: .builtIn).build(.init(content: content, output: output, incremental: incremental))
    }

    /// Builds `content`, then after each edit in turn builds it again
    /// incrementally and compares with a full build into a fresh folder.
    private func check(_ folder: TemporaryFolder, _ edits: [Edit]) async throws {
        let content = folder.path + "/content", site = folder.path + "/site", reference = folder.path + "/reference"
        #expect(await build(content, into: site).written)
        for edit in edits {
            try edit.apply(content)
            let report = await build(content, into: site)
            #expect(report.written, "\(edit.name): \(report.diagnostics.sorted.filter { $0.severity == .error })")
            #expect(report.renderedCount < report.fileCount, "\(edit.name): everything was made again")
            try? FileManager.default.removeItem(atPath: reference)
            try? FileManager.default.removeItem(atPath: folder.path + "/.regiodash-cache/reference")
            try FeedHistoryCopy.share(from: site, to: reference)
            #expect(await build(content, into: reference, incremental: false).written)
            let built = folder.snapshot("site"), full = folder.snapshot("reference")
            #expect(Set(built.keys) == Set(full.keys), "\(edit.name): other files")
            for (path, bytes) in full where built[path] != bytes {
                Issue.record("\(edit.name): \(path) differs from a full build")
            }
        }
    }

    private func demo() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Command.repository.path + "/content", toPath: folder.path + "/content")
        return folder
    }

    @Test("on the demo: narrative text and title, a CSV row, a population, a target, a certificate, site.yaml")
    func demoEdits() async throws {
        let folder = try demo()
        defer { folder.remove() }
        try await check(folder, [
            ("narrative text", Self.replace("themes/undermining/raalte/2022.md", "\n\n", "\n\nEen nieuwe alinea.\n\n")),
            ("narrative title", Self.replace("themes/undermining/raalte/2022.md", "title: Ondermijning in Raalte", "title: Ondermijning in Raalte (bijgewerkt)")),
            ("a CSV row", Self.replace("themes/undermining/data.csv", "GM0148,2021,integral-controls,3,", "GM0148,2021,integral-controls,4,")),
            ("a population", Self.replace("population.csv", "GM0148,2022,29000", "GM0148,2022,29100")),
            ("a target", Self.replace("themes/cyber/targets.csv", "raalte,2023,residents-reached,250", "raalte,2023,residents-reached,260")),
            ("a certificate", Self.replace("themes/kvo/certificates.csv", "2021-03-15,2024-03-15", "2021-03-15,2024-09-15")),
            ("a new narrative", { try "Nieuw verhaal.\n".write(toFile: $0 + "/themes/cyber/raalte/2020.md", atomically: false, encoding: .utf8) }),
            ("a removed narrative", { try FileManager.default.removeItem(atPath: $0 + "/themes/cyber/raalte/2020.md") }),
            ("the site's title", Self.replace("site.yaml", "title: Veiligheidsbeeld", "title: Het veiligheidsbeeld")),
            // Without reference_date in site.yaml, the date is the end of the latest complete year of any theme:
            // a new year of cyber figures moves it, and with it what the kvo parts of the profiles say.
            ("a new year in another theme", { content in
                let file = content + "/themes/cyber/data.csv"
                let text = try String(contentsOfFile: file, encoding: .utf8)
                let added = text.split(whereSeparator: \.isNewline).filter { $0.contains(",2023,") }
                    .map { $0.replacing(",2023,", with: ",2024,") + "\r\n" }
                try (text + added.joined()).write(toFile: file, atomically: false, encoding: .utf8)
            }),
        ])
    }

    @Test("on 45 municipalities: narrative text and title, a CSV row, a population, a target, a new theme.yaml")
    func largeEdits() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.large(municipalities: 45).map { ("content/" + $0, $1) }))
        try await check(folder, [
            ("narrative text", Self.replace("themes/undermining/gemeente-7/2022.md", "veel aan", "weinig aan")),
            ("narrative title", Self.replace("themes/undermining/gemeente-7/2022.md", "title: Verslag 7", "title: Verslag zeven")),
            ("a CSV row", Self.replace("themes/undermining/data.csv", "GM0012,2022,integral-controls,12", "GM0012,2022,integral-controls,13")),
            ("a population", Self.replace("region.yaml", "2022: 10259", "2022: 10300")),
            ("a new theme.yaml", { try "indicators:\n  - id: integral-controls\n    better: higher\n"
                .write(toFile: $0 + "/themes/undermining/theme.yaml", atomically: false, encoding: .utf8) }),
            ("a target", { try "municipality,year,indicator,target\nGM0007,2022,integral-controls,10\n"
                .write(toFile: $0 + "/themes/undermining/targets.csv", atomically: false, encoding: .utf8) }),
            ("a target changed", Self.replace("themes/undermining/targets.csv", ",10\n", ",5\n")),
        ])
    }

    @Test("a profile made again renders only the theme parts whose inputs changed and keeps the others as published")
    func profileParts() async throws {
        let folder = try demo()
        defer { folder.remove() }
        let content = folder.path + "/content", site = folder.path + "/site"
        #expect(await build(content, into: site).written)
        let profiles = folder.snapshot("site").keys.filter { $0.hasPrefix("gemeenten/") && $0.split(separator: "/").count == 3 }
        let raalte = folder.read("site/gemeenten/raalte/index.html") ?? ""
        let parts = raalte.components(separatedBy: "<section class=\"theme-part\"").count - 1
        #expect(profiles.count > 1 && parts > 1)

        // A figure of one theme: every profile and the overview are made again, with that
        // theme's part and its entry at a glance (its card) rendered and the other themes' kept;
        // so is the data package, which describes that theme's downloads anew and keeps the others'.
        try Self.replace("themes/undermining/data.csv", "GM0148,2021,integral-controls,3,", "GM0148,2021,integral-controls,4,")(content)
        let figure = await build(content, into: site)
        #expect(figure.written)
        #expect(figure.reusedFragmentCount == (2 * profiles.count + 1) * (parts - 1) + (parts - 1))

        // A narrative: its own profile is made again, with every other theme's part and
        // every entry at a glance (which shows no narrative) kept.
        try Self.replace("themes/cyber/raalte/2022.md", "\n\n", "\n\nNog een alinea.\n\n")(content)
        let narrative = await build(content, into: site)
        #expect(narrative.written)
        #expect(narrative.reusedFragmentCount == 2 * parts - 1)
        #expect((folder.read("site/gemeenten/raalte/index.html") ?? "").contains("Nog een alinea."))
    }

    @Test("two copies of the demo with other modification times give the same output folder, every file")
    func otherTimes() async throws {
        let first = try demo(), second = try demo()
        defer { first.remove(); second.remove() }
        var times = [timespec(tv_sec: 1_500_000_000, tv_nsec: 0), timespec(tv_sec: 1_500_000_000, tv_nsec: 0)]
        let enumerator = FileManager.default.enumerator(atPath: second.path + "/content")
        while let path = enumerator?.nextObject() as? String {
            #expect(utimensat(AT_FDCWD, second.path + "/content/" + path, &times, 0) == 0)
        }
        #expect(await build(first.path + "/content", into: first.path + "/site").written)
        #expect(await build(second.path + "/content", into: second.path + "/site").written)
        let one = first.snapshot("site"), other = second.snapshot("site")
        #expect(!one.isEmpty && one == other)
    }

    @Test("a build started while another writes the site is refused, and an edit made meanwhile is built next time")
    func overlapping() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.large(municipalities: 45).map { ("content/" + $0, $1) }))
        let content = folder.path + "/content", site = folder.path + "/site"
        let narrative = content + "/themes/undermining/gemeente-3/2022.md"
        let reachedRender = Signal()
        // A is held up as it starts rendering: the content it loaded is then edited, and B starts.
        let first = Task {
            await SiteBuilder(registry: .builtIn).build(.init(content: content, output: site, progress: { progress in
                // Held until B is done, however long the other tests keep B from running; the bound is only against a hang.
                if case .stage("render and write") = progress { reachedRender.raiseAndWait(seconds: 600) }
            }))
        }
        // Waited for without holding a thread: with two cores the pool has two, and the other tests' waits on
        // processes hold them too; a blocking wait here kept A from starting at all (it then built after B).
        try await reachedRender.raised(within: 600)
        try "---\ntitle: Verslag 3\n---\nBewerkt terwijl A bouwde.\n".write(toFile: narrative, atomically: false, encoding: .utf8)
        let second = await build(content, into: site)
        #expect(!second.written && second.failed)
        #expect(second.diagnostics.sorted.contains { $0.message.contains("another regiodash build") })
        reachedRender.release()
        #expect(await first.value.written)
        #expect(!(folder.read("site/gemeenten/gemeente-3/index.html") ?? "").contains("Bewerkt terwijl A bouwde"))
        // The next build sees the edit A never read.
        let third = await build(content, into: site)
        #expect(third.written && !third.unchanged)
        #expect((folder.read("site/gemeenten/gemeente-3/index.html") ?? "").contains("Bewerkt terwijl A bouwde"))
    }
}

/// One thread tells another it has got somewhere, then waits to be let go.
private final class Signal: @unchecked Sendable {
    private let condition = NSCondition()
    private var raised = false
    private var released = false

    /// Says so, then waits (at most `seconds`) to be released.
    func raiseAndWait(seconds: Double) {
        condition.lock()
        defer { condition.unlock() }
        guard !raised else { return }
        raised = true
        condition.broadcast()
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !released, condition.wait(until: deadline) {}
    }

    /// Waits until raised, giving up its thread meanwhile; fails after `seconds` (a build that fails never raises it).
    func raised(within seconds: Double) async throws {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !condition.withLock({ raised }) {
            guard Date() < deadline else { throw CancellationError() }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func release() {
        condition.lock()
        released = true
        condition.broadcast()
        condition.unlock()
    }
}
