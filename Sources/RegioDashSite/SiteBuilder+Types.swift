import RegioDashCore

extension SiteBuilder {
    /// What to build, from where, to where.
    public struct Options: Sendable {
        /// The content folder and the output folder.
        public var content: String
        public var output: String
        /// Include narratives with `status: draft`.
        public var includeDrafts: Bool
        /// Warnings fail the build too.
        public var strict: Bool
        /// Replaces site.yaml's `base_url`.
        public var baseURL: String?
        /// Reuse what the previous build into the same output did (on by
        /// default); off reads and renders everything.
        public var incremental: Bool
        /// The build cache: where a build keeps what the next one reuses;
        /// nil is `.regiodash-cache/<output's name>/` beside the output.
        public var cache: String?
        /// The content as it was last published, to say in the feed what
        /// changed since (in CI: a checkout of the commit last published);
        /// nil compares with what the build cache recorded of the last build.
        public var previousContent: String?
        /// When this publication happens, in seconds since 1970 (UTC), for
        /// the feed; nil is now. `regiodash build` takes `SOURCE_DATE_EPOCH`.
        public var publishedAt: Int64?
        /// A preview (`regiodash serve`), not a publication: the feed shows the
        /// entry the next publication would add, and its history is left as it was.
        public var isPreview: Bool
        /// Told where the build is, for a progress display; called from any thread.
        public var progress: Progress.Handler?

        /// Options; the defaults are `regiodash build`'s.
        public init(content: String = "content", output: String = "site", includeDrafts: Bool = false,
                    strict: Bool = false, baseURL: String? = nil, incremental: Bool = true,
                    cache: String? = nil, previousContent: String? = nil, publishedAt: Int64? = nil,
                    isPreview: Bool = false, progress: Progress.Handler? = nil) {
            self.content = content
            self.output = output
            self.includeDrafts = includeDrafts
            self.strict = strict
            self.baseURL = baseURL
            self.incremental = incremental
            self.cache = cache
            self.previousContent = previousContent
            self.publishedAt = publishedAt
            self.isPreview = isPreview
            self.progress = progress
        }
    }

    /// Where a build is.
    public enum Progress: Sendable {
        /// A stage begins: "scan", "load", "render and write" and so on.
        case stage(String)
        /// Files of the site made (or kept) so far, of all.
        case files(done: Int, of: Int)

        /// Called from any thread.
        public typealias Handler = @Sendable (Progress) -> Void
    }

    /// How long a stage took.
    public struct Timing: Sendable {
        /// The stage's name and how long it took.
        public var stage: String
        public var duration: Duration
    }

    /// What a run did.
    public struct Report: Sendable {
        /// Every problem found, and how long each stage took.
        public var diagnostics = Diagnostics()
        public var timings: [Timing] = []
        /// Pages of the site (HTML files).
        public var pageCount = 0
        /// Every file of the site.
        public var fileCount = 0
        /// Files made again this time (the rest were unchanged).
        public var renderedCount = 0
        /// Parts of the files made again that were taken as published,
        /// their inputs unchanged (see `Fragment`).
        public var reusedFragmentCount = 0
        /// Files whose bytes changed and were written.
        public var writtenCount = 0
        /// Whether the output was replaced.
        public var written = false
        /// Nothing in the content changed since the last build: the site was
        /// left as it was, and the diagnostics are that build's.
        public var unchanged = false
        /// Errors, or warnings under `strict`: the run failed.
        public var failed = false
    }
}
