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
        let loaded = await loadAndCheck(options, stages: &stages, report: &report)
        Disposal.later(loaded as Any)
        report.failed = fails(report.diagnostics, strict: options.strict)
        return report
    }

    /// Builds the site and, when the content has no errors, replaces the output with it.
    ///
    /// One mechanism makes a rebuild cheap, and the same, byte for byte, as a
    /// full build: a file whose stamp proves it unchanged is not read (its
    /// hash is known); a narrative whose bytes were rendered before is taken
    /// from the build cache; a file of the site whose key (`PageKeys`: the
    /// hash of what it reads) is unchanged is not made again; and a made
    /// file whose bytes are unchanged is not written. When no content file
    /// changed at all, nothing is loaded.
    public func build(_ options: Options) async -> Report {
        var report = Report()
        var stages = Stages(progress: options.progress)
        let writer = AtomicWriter(output: options.output)
        // The lock is held from before the cache is read until the new site is
        // in place: a build that started later and finished first would
        // otherwise hand this one files made from content it never read.
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
        let cache = BuildCache(folder: options.cache, output: options.output)
        cache.removeLeftovers()
        let fingerprint = Fingerprint.of(registry: registry, includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        stages.begin("scan", &report)
        let scanned = cache.beginScan()
        // The last build's state is read while the content is scanned.
        async let lastState = options.incremental ? cache.state() : nil
        let found = await ContentScan.files(of: content)
        let previous = await lastState.flatMap { $0.fingerprint == fingerprint ? $0 : nil }
        // A publication over a preview is made all the same: the feed records it.
        if let previous, options.isPreview || !cache.holdsPreview, previous.outputsIntact(in: options.output),
           case let check = previous.check(found, in: content, scanned: scanned), !check.isChanged {
            for diagnostic in previous.diagnostics { report.diagnostics.append(diagnostic) }
            if case let .restamped(known) = check {
                var state = previous
                state.known = known
                cache.save(state)
            }
            report.unchanged = true
            report.pageCount = previous.outputs.keys.filter { $0.hasSuffix(".html") }.count
            report.fileCount = previous.outputs.count
            report.failed = fails(report.diagnostics, strict: options.strict)
            stages.end(&report)
            Disposal.later(previous, found, check)
            return report
        }

        // The memo is read while the files outside themes/ are.
        let memo = Task { previous == nil ? NarrativeMemo() : cache.memo() }
        // So is the feed's history (3.5 MB for a national edition).
        let feedHistory = Task { cache.feed() }
        let stamps = found.stamps()
        let loading = ContentLoader.Options(stamps: stamps, known: previous?.known, memo: memo)
        guard let (dataset, result) = await loadAndCheck(options, loading: loading, stages: &stages, report: &report) else {
            // Nothing of a build is left running when it returns (the next one may start at once, in serve).
            _ = await memo.value
            _ = await feedHistory.value
            report.failed = true
            return report
        }
        report.failed = fails(report.diagnostics, strict: options.strict)
        guard !report.failed else {
            _ = await memo.value
            _ = await feedHistory.value
            return report
        }

        // The feed: what readers see now, against the last publication (or --changes-base's content).
        let history = await feedHistory.value
        let previousPublication: Publication?
        if let previousContent = options.previousContent {
            var previousReport = Report()
            var previousStages = Stages(progress: nil)
            let previous = await loadAndCheck(.init(content: previousContent, includeDrafts: options.includeDrafts,
                                                    baseURL: options.baseURL),
                                              stages: &previousStages, report: &previousReport)
            previousPublication = previous.map { Publication($0.0) }
            if previousPublication == nil {
                report.diagnostics.note("the content to compare with for the feed could not be loaded, so this "
                    + "publication adds no entry to it: check the commit given with --changes-base",
                    at: SourceLocation(path: previousContent))
            }
        } else {
            previousPublication = history.publication
        }
        let feed = history.publishing(Publication(dataset), comparedWith: previousPublication,
                                      at: options.publishedAt ?? FeedHistory.now())

        let keys = PageKeys(dataset: dataset, files: result.files, narratives: result.narratives, fingerprint: fingerprint)
        let jobs = SiteRenderer(dataset: dataset).jobs(keys: keys, feed: feed)
        report.pageCount = jobs.filter(\.isPage).count
        report.fileCount = jobs.count
        stages.begin("render and write", &report)
        // The memo's update is made ready while the pages are made.
        async let memoUpdate = cache.prepare(await memo.value)
        // The state describes the output it was left with: forgotten just before that output is replaced.
        let published = await publish(jobs, previous: previous?.outputs ?? [:], writer: writer, cache: cache,
                                       progress: options.progress, report: &report)
        cache.finish(await memoUpdate, keep: published != nil)
        guard let outputs = published else { return report }
        if !options.isPreview { cache.save(feed) }
        cache.markPreview(options.isPreview)
        stages.begin("keep for the next build", &report)
        // Every file of the content, read or not: a file no loader reads is hashed here.
        let hashes = result.files.merging(result.narrativeFiles) { first, _ in first }
        var files: [String: KnownFiles.File] = [:]
        for (path, stamp) in stamps {
            if let hash = hashes[path] ?? content.hash(of: path) {
                files[path] = KnownFiles.File(stamp: stamp, hash: hash)
            }
        }
        let known = KnownFiles(files: files, scanned: scanned)
        cache.save(BuildRecord(fingerprint: fingerprint, known: known, outputs: outputs,
                               diagnostics: report.diagnostics.sorted.filter { $0.severity != .error }))
        stages.end(&report)
        Disposal.later(dataset, result, memo, jobs, keys, stamps, found, previous as Any, known)
        return report
    }

    /// Publishes the files; what was published, nil when nothing was.
    private func publish(_ jobs: [OutputJob], previous: [String: BuildRecord.Output], writer: AtomicWriter,
                         cache: BuildCache, progress: Progress.Handler?,
                         report: inout Report) async -> [String: BuildRecord.Output]? {
        do {
            let outcome = try await writer.publish(jobs, previous: previous, progress: progress,
                                                   beforeSwap: cache.forgetState)
            report.renderedCount = outcome.rendered
            report.reusedFragmentCount = outcome.reusedFragments
            report.writtenCount = outcome.written
            report.written = true
            if let leftover = outcome.leftover {
                report.diagnostics.note(
                    "the new site is in place, but the previous one could not be removed from \(leftover) (it holds "
                        + "files you may not delete): remove it yourself (rm -rf \(leftover))",
                    at: SourceLocation(path: leftover))
            }
            return outcome.outputs
        } catch {
            report.diagnostics.error(error.message, at: SourceLocation(path: writer.output))
            report.failed = true
            return nil
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
