import RegioDashCore
import RegioDashSite
#if canImport(Glibc)
import Glibc
#endif

/// What the commands print: diagnostics on standard error, clang style, in
/// file order; a one-line result at the end.
enum Console {
    static func print(_ report: SiteBuilder.Report, format: DiagnosticFormat, verbose: Bool) {
        let rendered = format.render(report.diagnostics)
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
        var text = line + "\n"
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(STDERR_FILENO, base + offset, bytes.count - offset)
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    static func failure(_ report: SiteBuilder.Report, strict: Bool, writes: Bool) {
        let diagnostics = report.diagnostics
        var counts = [count(diagnostics.errorCount, "error")]
        if diagnostics.warningCount > 0 {
            counts.append(count(diagnostics.warningCount, "warning") + (strict ? " (--strict)" : ""))
        }
        error("regiodash: \(counts.joined(separator: ", "))" + (writes ? "; nothing was written" : ""))
    }

    /// The closing line of a successful run; on standard error when standard
    /// output carries machine-readable diagnostics.
    static func success(_ line: String, format: DiagnosticFormat) {
        if format == .json { error(line) } else { Swift.print(line) }
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
