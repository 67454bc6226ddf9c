import Foundation

/// A program run to its end from the command line's own work (git for
/// `init` and `diff --base`): what it printed and how it ended. Both pipes
/// are read at once, so a program that fills one while the other is read
/// cannot block.
struct Subprocess {
    var status: Int32
    var output: String
    var errors: String

    /// Runs `executable` with `arguments` in `directory`; throws only when it cannot be started.
    static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> Subprocess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = Collected()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Subprocess(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                          errors: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Bytes handed over from the queue that reads standard error (written before `done` is signalled).
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
