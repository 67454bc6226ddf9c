import Foundation
import RegioDashSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build is, on standard error. On a terminal: one line redrawn in
/// place ("regiodash: render and write 120/408"), at most twenty times a
/// second, and cleared before anything else is printed. Otherwise (a CI
/// log, a pipe): a plain line when the content is loaded and when files
/// are written, so a long build shows it is alive.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let clock = ContinuousClock()
    private var stage = ""
    private var lastDrawn: ContinuousClock.Instant?
    private var shown = false

    /// What the builder calls.
    var handler: SiteBuilder.Progress.Handler {
        { [self] progress in report(progress) }
    }

    private func report(_ progress: SiteBuilder.Progress) {
        lock.withLock {
            switch progress {
            case .stage(let name):
                stage = name
                if isTerminal {
                    draw(name)
                } else if name == "load" {
                    Console.error("\(Program.name): load")
                }
            case .files(let done, let total):
                if isTerminal {
                    let now = clock.now
                    guard done == total || lastDrawn.map({ now - $0 > .milliseconds(50) }) ?? true else { return }
                    lastDrawn = now
                    draw("\(stage) \(done)/\(total)")
                } else if done == 0 {
                    Console.error("\(Program.name): \(stage), \(total) files")
                }
            }
        }
    }

    /// Removes the progress line, if one is shown.
    func clear() {
        lock.withLock {
            guard shown else { return }
            Console.write("\r\u{1B}[K", to: STDERR_FILENO)
            shown = false
        }
    }

    private func draw(_ text: String) {
        Console.write("\r\u{1B}[K\(Program.name): \(text)", to: STDERR_FILENO)
        shown = true
    }
}
