/// `region.yaml`: the region and its municipalities, in the file's order.
public struct Region: Sendable {
    /// The region's name, shown on every page.
    public var name: String
    /// Its code ("VR04"), if given.
    public var code: String?
    /// In the order of region.yaml: the order of every list and table.
    public let municipalities: [Municipality]
    /// What the region is compared with besides itself, in the file's order.
    public let benchmarks: [Benchmark]
    private let indexByCode: [String: Int]
    private let indexBySlug: [String: Int]

    /// A region (tests make their own).
    public init(name: String, code: String? = nil, municipalities: [Municipality], benchmarks: [Benchmark] = []) {
        self.name = name
        self.code = code
        self.municipalities = municipalities
        self.benchmarks = benchmarks
        var byCode: [String: Int] = [:]
        var bySlug: [String: Int] = [:]
        for (index, municipality) in municipalities.enumerated() {
            byCode[municipality.code] = byCode[municipality.code] ?? index
            bySlug[municipality.slug] = bySlug[municipality.slug] ?? index
        }
        indexByCode = byCode
        indexBySlug = bySlug
    }

    /// The municipality with this CBS code.
    public func municipality(code: String) -> Municipality? {
        indexByCode[code].map { municipalities[$0] }
    }

    /// The municipality with this slug.
    public func municipality(slug: String) -> Municipality? {
        indexBySlug[slug].map { municipalities[$0] }
    }

    /// The municipality's place in region.yaml (the order pages list them in).
    public func position(of code: String) -> Int? {
        indexByCode[code]
    }

    /// The municipality a data file names, by CBS code (any case) or slug.
    public func municipality(reference: String) -> Municipality? {
        municipality(code: reference) ?? municipality(slug: reference) ?? municipality(code: reference.uppercased())
    }

    /// The benchmark with this code (any case).
    public func benchmark(code: String) -> Benchmark? {
        benchmarks.first { $0.code == code } ?? benchmarks.first { $0.code == code.uppercased() }
    }

    /// The municipality or benchmark with this code: whatever a data row may name.
    public func place(code: String) -> (any Inhabited)? {
        municipality(code: code) ?? benchmark(code: code)
    }

    /// The name of the municipality or benchmark with this code, for messages (in English for benchmarks); the code itself otherwise.
    public func name(of code: String) -> String {
        municipality(code: code)?.name ?? benchmark(code: code)?.name.en ?? code
    }

    /// The benchmarks shown on this municipality's profile.
    public func benchmarks(for municipality: Municipality) -> [Benchmark] {
        benchmarks.filter { $0.applies(to: municipality) }
    }

    /// "did you mean GM0177 (Raalte)?" for a reference that names no
    /// municipality; `benchmarks` adds their codes to the candidates.
    public func suggestion(forReference reference: String, benchmarks includeBenchmarks: Bool = false) -> String? {
        Suggestion.closest(to: reference, among: municipalities.map {
            .init(keys: [$0.code, $0.slug, $0.name], display: "\($0.code) (\($0.name))")
        } + (includeBenchmarks ? benchmarks.map { .init(keys: [$0.code, $0.name.nl, $0.name.en], display: "\($0.code) (\($0.name.nl))") } : []))
    }

    /// "did you mean raalte?" for a folder name that is no municipality slug.
    public func suggestion(forSlug slug: String) -> String? {
        Suggestion.closest(to: slug, among: municipalities.map {
            .init(keys: [$0.slug, $0.code, $0.name], display: $0.slug)
        })
    }

    /// Inhabitants of the whole region in a year, when every municipality's is known.
    public func population(in year: Int) -> Int? {
        var total = 0
        for municipality in municipalities {
            guard let count = municipality.population[year] else { return nil }
            total += count
        }
        return total
    }
}
