import RegioDashCore

/// The whole pipeline, as a short list of named stages:
/// load → check → render → write. Nothing is written unless every stage
/// before it succeeded without errors (and, with `strict`, warnings).
public struct SiteBuilder: Sendable {
    /// regiodash's version: part of every build's fingerprint.
    public static let version = "0.4.0"

    /// The theme plugins of the build.
    public let registry: ThemeRegistry

    /// A builder with these plugins (`ThemeRegistry.builtIn`, and any of one's own).
    public init(registry: ThemeRegistry) {
        self.registry = registry
    }

    /// Loads and checks the content without writing anything.
    public func check(_ options: Options) async -> Report {
        var report = Report()
        var stages = Stages(progress: options.progress)
        _ = await loadAndCheck(options, stages: &stages, report: &report)
        report.failed = fails(report.diagnostics, strict: options.strict)
        return report
    }

    /// Builds the site and, when the content has no errors, replaces the output with it.
    /// Only what changed since the last build into the same output is read,
    /// rendered and written again; the result is the same, byte for byte.
    public func build(_ options: Options) async -> Report {
        var report = Report()
        var stages = Stages(progress: options.progress)
        let writer = AtomicWriter(output: options.output)
        // The lock comes before anything of the previous build is read: a
        // build that started later and finished first would otherwise hand
        // this one files made from content it never read.
        let lock: Lock
        do {
            try writer.validate(content: options.content)
            lock = try writer.lock()
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: options.output))
            report.failed = true
            return report
        }
        defer { lock.release() }
        let content = ContentFolder(root: options.content)
        let fingerprint = Fingerprint.of(registry: registry, includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        stages.begin("read manifest", &report)
        let previous = options.incremental ? Manifest.read(from: options.output) : nil
        let sameProgram = previous?.fingerprint == fingerprint
        stages.begin("scan", &report)
        let stamps = await ContentScan.stamps(of: content)
        stages.end(&report)
        let intact = previous.map { writer.holds($0.outputs.keys) } ?? false
        if sameProgram, let previous, intact, previous.summary.matches(stamps) {
            for diagnostic in previous.summary.diagnostics { report.diagnostics.append(diagnostic) }
            report.unchanged = true
            report.pageCount = previous.outputs.keys.filter { $0.hasSuffix(".html") }.count
            report.fileCount = previous.outputs.count
            report.failed = fails(report.diagnostics, strict: options.strict)
            return report
        }
        stages.begin("read index", &report)
        let index = sameProgram ? previous?.index() : nil
        let current = previous.map { AtomicWriter.Current(manifest: $0, bodies: intact ? $0.bodies() : nil) }

        stages.begin("put in changed narratives", &report)
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
                          writer: writer, progress: options.progress, report: &report)
            stages.end(&report)
            return report
        }
        stages.cancel()

        let bodies = NarrativeBodyCache(directory: writer.cacheFolder)
        // The bodies this build packed are no use to anyone when it publishes nothing (and a full disk stays full).
        defer { if !report.written { bodies.discardNew() } }
        let earlierScopes = sameProgram ? previous?.scopes : nil
        let loading = ContentLoader.Options(
            includeDrafts: options.includeDrafts, baseURL: options.baseURL, index: index.map(ContentIndex.init),
            bodies: bodies, stamps: stamps,
            demand: { PageKeys(outline: $0, fingerprint: fingerprint).demand(since: earlierScopes) })
        guard let (dataset, result) = await loadAndCheck(options, loading: loading, stages: &stages, report: &report),
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
        stages.begin("render and write", &report)
        await publish(jobs, current: current,
                      manifest: Manifest(fingerprint: fingerprint, scopes: keys.scopes, index: newIndex.encoded()),
                      writer: writer, progress: options.progress, report: &report)
        stages.end(&report)
        if report.written {
            bodies.prune(keeping: newIndex.packs)
        }
        return report
    }

    private func publish(_ jobs: [OutputJob], current: AtomicWriter.Current?, manifest: Manifest,
                         writer: AtomicWriter, progress: Progress.Handler?, report: inout Report) async {
        do {
            let outcome = try await writer.publish(jobs, current: current, manifest: manifest, progress: progress)
            report.renderedCount = outcome.rendered
            report.writtenCount = outcome.written
            report.written = true
            if let leftover = outcome.leftover {
                report.diagnostics.note(
                    "the new site is in place, but the previous one could not be removed from \(leftover) (it holds "
                        + "files you may not delete): remove it yourself (rm -rf \(leftover))",
                    at: SourceLocation(path: leftover))
            }
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: writer.output))
            report.failed = true
        }
    }

    func loadAndCheck(_ options: Options, loading: ContentLoader.Options = .init(), stages: inout Stages,
                              report: inout Report) async -> (Dataset, ContentLoader.Result)? {
        let content = ContentFolder(root: options.content)
        var loading = loading
        loading.includeDrafts = options.includeDrafts
        loading.baseURL = options.baseURL
        let loader = ContentLoader(content: content, registry: registry, options: loading)
        stages.begin("load", &report)
        let result = await loader.load()
        stages.end(&report)
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
