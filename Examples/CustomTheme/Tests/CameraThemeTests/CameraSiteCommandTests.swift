import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `camera-site` is regiodash's command line with the camera plugin
/// registered (`RegioDash.main(registry:)`): every command works on the
/// example's content, camera surveillance included.
@Suite("camera-site: regiodash's commands with a theme of one's own", .serialized)
struct CameraSiteCommandTests {
    /// The built `camera-site`, beside the test binary in the build folder.
    private static var executable: URL {
        #if canImport(Darwin)
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("camera-site")
        }
        #endif
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("camera-site")
    }

    /// The example's content folder, copied into a new temporary folder.
    private static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("camera-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: root.appendingPathComponent("content"))
        return root
    }

    private struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    private static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = Collected()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errorData.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData.data, as: UTF8.self))
    }

    @Test("build writes the camera page; check reports a bad line at its place, with exit 1")
    func buildAndCheck() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try Self.run(["build", "--quiet"], in: root)
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(contentsOf: root.appendingPathComponent("site/cameratoezicht/index.html"), encoding: .utf8)
        #expect(page.contains("Gebieden met cameratoezicht") && page.contains("Binnenstad Zwolle"))

        let clean = try Self.run(["check"], in: root)
        #expect(clean.status == 0, "\(clean.errors)")
        let cameras = root.appendingPathComponent("content/themes/camera-surveillance/cameras.txt")
        try Data("GM0193 | Binnenstad Zwolle | zes | 2026-06-30\n".utf8).write(to: cameras)
        let broken = try Self.run(["check"], in: root)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("themes/camera-surveillance/cameras.txt:1:30"), "\(broken.errors)")
        #expect(broken.errors.contains("cameras must be a whole number above 0, not \"zes\""), "\(broken.errors)")
        #expect(broken.errors.contains("camera-site: 1 error"), "the program's own name: \(broken.errors)")
    }

    @Test("diff names the camera area that changed between two content folders")
    func diff() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: root.appendingPathComponent("content"), to: root.appendingPathComponent("new"))
        let cameras = root.appendingPathComponent("new/themes/camera-surveillance/cameras.txt")
        let text = try String(contentsOf: cameras, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Binnenstad Zwolle | 24", with: "Binnenstad Zwolle | 30").utf8).write(to: cameras)
        let diff = try Self.run(["diff", "content", "new"], in: root)
        #expect(diff.status == 0, "\(diff.errors)")
        #expect(diff.output.contains("Cameratoezicht") && diff.output.contains("Binnenstad Zwolle"), "\(diff.output)")
        #expect(diff.output.contains("24") && diff.output.contains("30"), "\(diff.output)")
    }

    @Test("serve builds the site and serves the camera page")
    func serve() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.interrupt()
            process.waitUntilExit()
        }
        var seen = ""
        var address: String?
        while address == nil {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            seen += String(decoding: data, as: UTF8.self)
            if let range = seen.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                address = String(seen[range])
            }
        }
        let url = try #require(address.flatMap { URL(string: $0 + "cameratoezicht/") }, "no address in: \(seen)")
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("Gebieden met cameratoezicht"))
    }
}

/// Bytes read on another thread, handed over once that thread is done.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
