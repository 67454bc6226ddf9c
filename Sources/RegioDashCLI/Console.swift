import RegioDashCore
import RegioDashSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the commands print: diagnostics on standard error, clang style, in
/// file order; a one-line result at the end.
enum Console {
    static func print(_ report: SiteBuilder.Report, format: DiagnosticFormat, verbose: Bool) {
        let rendered = format.render(report.diagnostics, verbose: verbose)
        if format == .text {
            if !rendered.isEmpty { error(rendered) }
        } else {
            Swift.print(rendered)
        }
        if verbose {
            for timing in report.timings {
                error("  \(timing.stage): \(milliseconds(timing.duration)) ms")
            }
        }
    }

    /// A line on standard error.
    static func error(_ line: String) {
        write(line + "\n", to: STDERR_FILENO)
    }

    /// A line on standard output, at once (not held in a buffer: a program
    /// reading the output, a test say, sees it as soon as it is printed).
    static func output(_ line: String) {
        write(line + "\n", to: STDOUT_FILENO)
    }

    /// Text on a file descriptor, unbuffered.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Platform.write(descriptor, base + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Everything a build or check says at its end: the diagnostics, the
    /// stage timings with --verbose, and the closing line (unless --quiet).
    static func finish<Help>(_ report: SiteBuilder.Report, options: ContentOptions<Help>, success: @autoclosure () -> String,
                       writes: Bool) {
        print(report, format: options.format, verbose: options.verbose)
        if report.failed {
            failure(report, strict: options.strict, writes: writes)
        } else if !options.quiet {
            self.success(success() + warningSuffix(report.diagnostics), format: options.format)
        }
    }

    static func failure(_ report: SiteBuilder.Report, strict: Bool, writes: Bool) {
        let diagnostics = report.diagnostics
        var counts = [count(diagnostics.errorCount, "error")]
        if diagnostics.warningCount > 0 {
            counts.append(count(diagnostics.warningCount, "warning") + (strict ? " (--strict)" : ""))
        }
        error("\(Program.name): \(counts.joined(separator: ", "))" + (writes ? "; nothing was written" : ""))
    }

    /// The closing line of a successful run; on standard error when standard
    /// output carries machine-readable diagnostics.
    static func success(_ line: String, format: DiagnosticFormat) {
        if format == .json { error(line) } else { output(line) }
    }

    /// What a successful build did, in one line.
    static func summary(of report: SiteBuilder.Report, output: String) -> String {
        let time = milliseconds(report.timings.map(\.duration).reduce(.zero, +))
        if report.unchanged {
            return "Nothing changed since the last build: \(output)/ is up to date (\(time) ms)"
        }
        let kept = report.reusedFragmentCount == 0 ? "" : ", \(count(report.reusedFragmentCount, "part")) of them kept"
        let changes = report.renderedCount == report.fileCount ? ""
            : " (\(report.renderedCount) made again\(kept), \(report.writtenCount) changed)"
        return "Built \(report.pageCount) pages and \(report.fileCount - report.pageCount) other files into \(output)/"
            + changes + " in \(time) ms"
    }

    static func warningSuffix(_ diagnostics: Diagnostics) -> String {
        diagnostics.warningCount == 0 ? "" : " (\(count(diagnostics.warningCount, "warning")))"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let total = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(Int(total.rounded()))
    }
}
