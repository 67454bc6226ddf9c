/// Times the stages of a run, in order, and tells the progress handler
/// when each begins: a stage ends where the next begins.
struct Stages {
    private let clock = ContinuousClock()
    private let progress: SiteBuilder.Progress.Handler?
    private var current: (name: String, start: ContinuousClock.Instant)?

    init(progress: SiteBuilder.Progress.Handler?) {
        self.progress = progress
    }

    /// Ends the stage under way (recording its time) and begins `name`.
    mutating func begin(_ name: String, _ report: inout SiteBuilder.Report) {
        end(&report)
        current = (name, clock.now)
        progress?(.stage(name))
    }

    /// Ends the stage under way, recording its time.
    mutating func end(_ report: inout SiteBuilder.Report) {
        guard let (name, start) = current else { return }
        report.timings.append(SiteBuilder.Timing(stage: name, duration: clock.now - start))
        current = nil
    }

    /// Drops the stage under way: it turned out not to apply.
    mutating func cancel() {
        current = nil
    }
}
