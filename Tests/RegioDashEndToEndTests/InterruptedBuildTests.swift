import Foundation
import RegioDashTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Builds that are killed or run at the same time", .serialized)
struct InterruptedBuildTests {
    /// A region large enough (by default) that writing its site takes a while.
    private func workspace(municipalities: Int = 300) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("interrupted")
        try folder.write(Dictionary(uniqueKeysWithValues: Fixtures.large(municipalities: municipalities).map { ("content/" + $0, $1) }))
        return folder
    }

    private func stagingFolders(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".site.staging-") }
    }

    /// What a killed build left in the build cache: files written under a temporary name.
    private func cacheLeftovers(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/.regiodash-cache/site")) ?? [])
            .filter { $0.contains(".new-") }
    }

    @Test("SIGKILL at any moment of writing leaves the old site or the new one, whole; the next build cleans up")
    func killed() throws {
        let folder = try workspace()
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        let old = folder.snapshot("site")
        try folder.write(["content/site.yaml": "title: Groot, nieuwe versie\n"])
        #expect(try Command.run(["build", "--output", "reference"], in: folder.path).status == 0)
        let new = folder.snapshot("reference")
        #expect(old != new && !new.isEmpty)

        var killedMidWrite = 0
        for (index, delay) in [0, 2, 10, 30, 80, 200].enumerated() {
            let process = Process()
            process.executableURL = Command.executable
            // Every other one a full build: it writes the whole narrative memo anew while the pages are made.
            process.arguments = index.isMultiple(of: 2) ? ["build", "--full"] : ["build"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let start = Date()
            while stagingFolders(folder).isEmpty, process.isRunning, Date().timeIntervalSince(start) < 30 {
                usleep(500)
            }
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = folder.snapshot("site")
            #expect(site == old || site == new, "after a kill \(delay) ms into writing the site is neither the old nor the new one")
            if site == old && !stagingFolders(folder).isEmpty { killedMidWrite += 1 }
        }
        #expect(killedMidWrite > 0, "no kill landed while the new site was being written")

        let next = try Command.run(["build"], in: folder.path)
        #expect(next.status == 0, "\(next.errors)")
        #expect(folder.snapshot("site") == new)
        #expect(stagingFolders(folder).isEmpty, "stale staging folders were left")
    }

    @Test("what a killed build was writing into the build cache is removed by the next build, and nothing else")
    func cacheLeftoversRemoved() throws {
        let folder = try workspace(municipalities: 20)
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        // As a build killed while it wrote the memo (or the state) under its temporary name leaves them.
        try folder.write([".regiodash-cache/site/narratives.new-99999": "RDN2 half a memo",
                          ".regiodash-cache/site/state.new-99999": "RDS3 half a state",
                          ".regiodash-cache/site/notes.new-version.txt": "not the build's"])
        #expect(cacheLeftovers(folder).count == 3)
        let next = try Command.run(["build", "--full"], in: folder.path)
        #expect(next.status == 0, "\(next.errors)")
        #expect(cacheLeftovers(folder) == ["notes.new-version.txt"], "killed builds' temporary files were left in the build cache")
        let cache = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/.regiodash-cache/site")) ?? []
        #expect(cache.contains("state") && cache.contains("narratives"))
    }

    @Test("a second build while one is writing is refused with a clear message, and nothing is damaged")
    func locked() throws {
        let folder = try workspace(municipalities: 20)
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        let before = folder.snapshot("site")

        let descriptor = open(folder.path + "/.site.lock", O_CREAT | O_RDWR, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        _ = ftruncate(descriptor, 0)
        _ = "4242\n".withCString { write(descriptor, $0, 5) }
        let refused = try Command.run(["build", "--full"], in: folder.path)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("another regiodash build (process 4242) is writing site right now: wait until it has finished, then build again"))
        #expect(folder.snapshot("site") == before)
        flock(descriptor, LOCK_UN)
        close(descriptor)

        #expect(try Command.run(["build"], in: folder.path).status == 0)
    }

    @Test("a build holds the lock from before it reads the previous site: a later build is refused with its real message")
    func lockedBeforeReading() throws {
        let folder = try workspace(municipalities: 20)
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)

        // Build B reads everything (site.yaml changed) and is held at its first line on standard
        // error ("regiodash: load", after it has read the previous manifest): that pipe is full.
        try folder.write(["content/site.yaml": "title: Groot, versie B\n"])
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let flags = fcntl(ends[1], F_GETFL)
        _ = fcntl(ends[1], F_SETFL, flags | O_NONBLOCK)
        var byte: UInt8 = 0x2E
        while write(ends[1], &byte, 1) == 1 {}
        _ = fcntl(ends[1], F_SETFL, flags)
        let slow = Process()
        slow.executableURL = Command.executable
        slow.arguments = ["build"]
        slow.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        slow.standardOutput = FileHandle.nullDevice
        slow.standardError = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        try slow.run()
        close(ends[1])
        while slow.isRunning, !Self.isWritingStandardError(slow.processIdentifier) { usleep(1000) }
        #expect(slow.isRunning, "build B ended before it wrote its first line")

        // Build A starts later, with other content, while B waits.
        try folder.write(["content/site.yaml": "title: Groot, versie A\n"])
        let later = try Command.run(["build"], in: folder.path)
        #expect(later.status == 1, "build A ran while build B was reading: \(later.errors)")
        #expect(later.errors.split(separator: "\n").contains(
            "site:1:1: error: another regiodash build (process \(slow.processIdentifier)) is writing site right now: "
                + "wait until it has finished, then build again"), "got:\n\(later.errors)")

        let drained = DispatchSemaphore(value: 0)
        let readEnd = ends[0]
        DispatchQueue.global().async {
            _ = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true).readDataToEndOfFile()
            drained.signal()
        }
        slow.waitUntilExit()
        drained.wait()
        #expect(slow.terminationStatus == 0)

        // Whatever B read, the next build makes the site of the content as it is now.
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        #expect(try Command.run(["build", "--output", "reference"], in: folder.path).status == 0)
        #expect(folder.snapshot("site") == folder.snapshot("reference"))
    }

    /// Whether a thread of process `pid` is in a write(2) to its standard error.
    private static func isWritingStandardError(_ pid: Int32) -> Bool {
        #if arch(x86_64)
        let write = "1"
        #else
        let write = "64"
        #endif
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.contains { task in
            let call = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/syscall", encoding: .utf8)) ?? ""
            return call.hasPrefix(write + " 0x2 ")
        }
    }

    @Test("builds started together: each finishes or is refused, and the site is whole")
    func together() throws {
        let folder = try workspace(municipalities: 60)
        defer { folder.remove() }
        #expect(try Command.run(["build"], in: folder.path).status == 0)
        let expected = folder.snapshot("site")
        let processes = try (0..<3).map { _ -> (Process, Pipe) in
            let process = Process()
            let errors = Pipe()
            process.executableURL = Command.executable
            process.arguments = ["build", "--full"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        for (process, errors) in processes {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 || message.contains("is writing site right now"), "\(message)")
        }
        #expect(folder.snapshot("site") == expected)
        #expect(stagingFolders(folder).isEmpty)
    }
}
