import Foundation
import RegioDashTestSupport

/// Runs the built `regiodash` executable, as a user would.
struct Command {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The executable in the build folder, beside the test bundle: on Linux
    /// the test binary itself is there; on macOS the tests run inside
    /// `xctest` (or SwiftPM's testing helper), so the `.xctest` bundle is.
    static var executable: URL {
        #if canImport(Darwin)
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("regiodash")
        }
        #endif
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("regiodash")
    }

    /// The repository's root (for the demo content).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A copy of the demo's content in `folder/content`, in `language`.
    static func copyDemo(into folder: TemporaryFolder, language: String = "nl") throws {
        try FileManager.default.copyItem(atPath: repository.appendingPathComponent("content").path, toPath: folder.path + "/content")
        if language != "nl", let site = folder.read("content/site.yaml") {
            try folder.write(["content/site.yaml": site.replacing("language: nl", with: "language: \(language)")])
        }
    }

    /// Who runs regiodash `unprivileged`: `nobody` when the tests run as
    /// root (who may read any folder), else the tests' own user.
    static let unprivilegedUser: (uid: uid_t, gid: gid_t) = getuid() == 0 ? (65534, 65534) : (getuid(), getgid())

    /// Runs regiodash and waits for it. A run that has not ended after
    /// `limit` seconds is killed (its status is then SIGKILL's 9), so a
    /// program that hangs fails its test instead of stopping the suite; the
    /// limit is minutes, far beyond any run that works. `unprivileged` runs
    /// it as `unprivilegedUser`, so file permissions apply. `environment`
    /// adds to (or replaces) the tests' own variables.
    static func run(_ arguments: [String], in directory: String? = nil, limit: Int = 300,
                    unprivileged: Bool = false, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if unprivileged, getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(unprivilegedUser.uid)", "--regid=\(unprivilegedUser.gid)", "--clear-groups",
                                 executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(limit), execute: watchdog)
        defer { watchdog.cancel() }
        // Both pipes at once: a program that fills one while the other is read would wait for ever.
        let errorData = Collected()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { errorData.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData.data, as: UTF8.self))
    }
}

/// Bytes read on another thread, handed over once that thread is done.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
