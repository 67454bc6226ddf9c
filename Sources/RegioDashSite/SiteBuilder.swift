import RegioDashCore

/// The whole pipeline, as a short list of named stages:
/// load → check → render → write. Nothing is written unless every stage
/// before it succeeded without errors (and, with `strict`, warnings).
public struct SiteBuilder: Sendable {
    /// What to build, from where, to where.
    public struct Options: Sendable {
        public var content: String
        public var output: String
        public var includeDrafts: Bool
        /// Warnings fail the build too.
        public var strict: Bool
        /// Replaces site.yaml's `base_url`.
        public var baseURL: String?

        public init(content: String = "content", output: String = "site", includeDrafts: Bool = false,
                    strict: Bool = false, baseURL: String? = nil) {
            self.content = content
            self.output = output
            self.includeDrafts = includeDrafts
            self.strict = strict
            self.baseURL = baseURL
        }
    }

    /// How long a stage took.
    public struct Timing: Sendable {
        public var stage: String
        public var duration: Duration
    }

    /// What a run did.
    public struct Report: Sendable {
        public var diagnostics = Diagnostics()
        public var timings: [Timing] = []
        /// Pages rendered (HTML files).
        public var pageCount = 0
        /// Every file rendered.
        public var fileCount = 0
        /// Whether the output was replaced.
        public var written = false
        /// Errors, or warnings under `strict`: the run failed.
        public var failed = false
    }

    public let registry: ThemeRegistry

    public init(registry: ThemeRegistry) {
        self.registry = registry
    }

    /// Loads and checks the content without writing anything.
    public func check(_ options: Options) async -> Report {
        var report = Report()
        _ = await loadAndCheck(options, report: &report)
        report.failed = fails(report.diagnostics, strict: options.strict)
        return report
    }

    /// Builds the site and, when the content has no errors, replaces the output with it.
    public func build(_ options: Options) async -> Report {
        var report = Report()
        guard let dataset = await loadAndCheck(options, report: &report) else {
            report.failed = true
            return report
        }
        let writer = AtomicWriter(output: options.output)
        do {
            try writer.validate(content: options.content)
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: options.output))
        }
        report.failed = fails(report.diagnostics, strict: options.strict)
        guard !report.failed else { return report }

        let jobs = SiteRenderer(dataset: dataset).jobs()
        report.pageCount = jobs.filter(\.isPage).count
        report.fileCount = jobs.count
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await writer.publish(jobs)
            report.written = true
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: options.output))
            report.failed = true
        }
        report.timings.append(Timing(stage: "render and write", duration: clock.now - start))
        return report
    }

    private func loadAndCheck(_ options: Options, report: inout Report) async -> Dataset? {
        let content = ContentFolder(root: options.content)
        let loader = ContentLoader(content: content, registry: registry,
                                   options: .init(includeDrafts: options.includeDrafts, baseURL: options.baseURL))
        let clock = ContinuousClock()
        let start = clock.now
        let result = await loader.load()
        report.timings.append(Timing(stage: "load", duration: clock.now - start))
        report.diagnostics.append(contentsOf: result.diagnostics)
        guard let dataset = result.dataset else { return nil }
        var diagnostics = Diagnostics()
        timed("check", &report) { SiteRenderer(dataset: dataset).check(content: content, diagnostics: &diagnostics) }
        report.diagnostics.append(contentsOf: diagnostics)
        return dataset
    }

    private func fails(_ diagnostics: Diagnostics, strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }

    private func timed<T, E: Error>(_ stage: String, _ report: inout Report, _ work: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { report.timings.append(Timing(stage: stage, duration: clock.now - start)) }
        return try work()
    }
}
