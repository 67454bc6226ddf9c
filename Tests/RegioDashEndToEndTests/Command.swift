import Foundation

/// Runs the built `regiodash` executable, as a user would.
struct Command {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The executable next to the test bundle in the build folder.
    static var executable: URL {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("regiodash")
    }

    /// The repository's root (for the demo content).
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs regiodash and waits for it. A run that has not ended after
    /// `limit` seconds is killed (its status is then SIGKILL's 9), so a
    /// program that hangs fails its test instead of stopping the suite; the
    /// limit is minutes, far beyond any run that works.
    static func run(_ arguments: [String], in directory: String? = nil, limit: Int = 300) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
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
