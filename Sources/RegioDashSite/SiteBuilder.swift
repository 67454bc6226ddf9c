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
        /// Reuse what the previous build into the same output did (on by
        /// default); off renders and writes everything.
        public var incremental: Bool

        public init(content: String = "content", output: String = "site", includeDrafts: Bool = false,
                    strict: Bool = false, baseURL: String? = nil, incremental: Bool = true) {
            self.content = content
            self.output = output
            self.includeDrafts = includeDrafts
            self.strict = strict
            self.baseURL = baseURL
            self.incremental = incremental
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
        /// Pages of the site (HTML files).
        public var pageCount = 0
        /// Every file of the site.
        public var fileCount = 0
        /// Files made again this time (the rest were unchanged).
        public var renderedCount = 0
        /// Files whose bytes changed and were written.
        public var writtenCount = 0
        /// Whether the output was replaced.
        public var written = false
        /// Nothing in the content changed since the last build: the site was
        /// left as it was, and the diagnostics are that build's.
        public var unchanged = false
        /// Narratives whose new text was put into the pages in place, without
        /// loading or rendering anything (see `NarrativeEdit`); 0 when the
        /// build took the usual way.
        public var editedNarratives = 0
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
    /// Only what changed since the last build into the same output is read,
    /// rendered and written again; the result is the same, byte for byte.
    public func build(_ options: Options) async -> Report {
        var report = Report()
        let clock = ContinuousClock()
        let writer = AtomicWriter(output: options.output)
        do {
            try writer.validate(content: options.content)
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: options.output))
            report.failed = true
            return report
        }
        let content = ContentFolder(root: options.content)
        let fingerprint = Fingerprint.of(registry: registry, includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        var start = clock.now
        let previous = options.incremental ? Manifest.read(from: options.output) : nil
        let sameProgram = previous?.fingerprint == fingerprint
        report.timings.append(Timing(stage: "read manifest", duration: clock.now - start))
        start = clock.now
        let stamps = await ContentScan.stamps(of: content)
        report.timings.append(Timing(stage: "scan", duration: clock.now - start))
        let intact = previous.map { writer.holds($0.outputs.keys) } ?? false
        if sameProgram, let previous, intact, previous.summary.matches(stamps) {
            for diagnostic in previous.summary.diagnostics { report.diagnostics.append(diagnostic) }
            report.unchanged = true
            report.pageCount = previous.outputs.keys.filter { $0.hasSuffix(".html") }.count
            report.fileCount = previous.outputs.count
            report.failed = fails(report.diagnostics, strict: options.strict)
            return report
        }
        start = clock.now
        let index = sameProgram ? previous?.index() : nil
        let current = previous.map { AtomicWriter.Current(manifest: $0, bodies: intact ? $0.bodies() : nil) }
        report.timings.append(Timing(stage: "read index", duration: clock.now - start))

        start = clock.now
        if let current, let index,
           let edit = NarrativeEdit.find(in: content, stamps: stamps, index: index, includeDrafts: options.includeDrafts),
           let plan = edit.plan(current: current, index: index, includeDrafts: options.includeDrafts) {
            report.editedNarratives = edit.changes.count
            for diagnostic in index.summary.diagnostics { report.diagnostics.append(diagnostic) }
            report.failed = fails(report.diagnostics, strict: options.strict)
            guard !report.failed else { return report }
            report.pageCount = plan.jobs.filter(\.isPage).count
            report.fileCount = plan.jobs.count
            await publish(plan.jobs, current: current,
                          manifest: Manifest(fingerprint: fingerprint, scopes: plan.scopes, index: plan.index, bodies: plan.bodies),
                          writer: writer, report: &report)
            report.timings.append(Timing(stage: "put in changed narratives", duration: clock.now - start))
            return report
        }

        let bodies = NarrativeBodyCache(directory: writer.cacheFolder)
        let earlierScopes = sameProgram ? previous?.scopes : nil
        let loading = ContentLoader.Options(
            includeDrafts: options.includeDrafts, baseURL: options.baseURL, index: index.map(ContentIndex.init),
            bodies: bodies, stamps: stamps,
            demand: { PageKeys(outline: $0, fingerprint: fingerprint).demand(since: earlierScopes) })
        guard let (dataset, result) = await loadAndCheck(options, loading: loading, report: &report),
              let outline = result.outline else {
            report.failed = true
            return report
        }
        report.failed = fails(report.diagnostics, strict: options.strict)
        guard !report.failed else { return report }

        let keys = PageKeys(outline: outline, fingerprint: fingerprint)
        let jobs = SiteRenderer(dataset: dataset).jobs(keys: keys, fingerprint: fingerprint)
        report.pageCount = jobs.filter(\.isPage).count
        report.fileCount = jobs.count
        var newIndex = result.index
        newIndex.record(report.diagnostics)
        start = clock.now
        await publish(jobs, current: current,
                      manifest: Manifest(fingerprint: fingerprint, scopes: keys.scopes, index: newIndex.encoded()),
                      writer: writer, report: &report)
        report.timings.append(Timing(stage: "render and write", duration: clock.now - start))
        if report.written {
            bodies.prune(keeping: newIndex.packs)
        }
        return report
    }

    private func publish(_ jobs: [OutputJob], current: AtomicWriter.Current?, manifest: Manifest,
                         writer: AtomicWriter, report: inout Report) async {
        do {
            let outcome = try await writer.publish(jobs, current: current, manifest: manifest)
            report.renderedCount = outcome.rendered
            report.writtenCount = outcome.written
            report.written = true
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: writer.output))
            report.failed = true
        }
    }

    private func loadAndCheck(_ options: Options, loading: ContentLoader.Options = .init(),
                              report: inout Report) async -> (Dataset, ContentLoader.Result)? {
        let content = ContentFolder(root: options.content)
        var loading = loading
        loading.includeDrafts = options.includeDrafts
        loading.baseURL = options.baseURL
        let loader = ContentLoader(content: content, registry: registry, options: loading)
        let clock = ContinuousClock()
        let start = clock.now
        let result = await loader.load()
        report.timings.append(Timing(stage: "load", duration: clock.now - start))
        report.diagnostics.append(contentsOf: result.diagnostics)
        guard let dataset = result.dataset else { return nil }
        var diagnostics = Diagnostics()
        SiteRenderer(dataset: dataset).check(content: content, diagnostics: &diagnostics)
        report.diagnostics.append(contentsOf: diagnostics)
        return (dataset, result)
    }

    private func fails(_ diagnostics: Diagnostics, strict: Bool) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }

}
