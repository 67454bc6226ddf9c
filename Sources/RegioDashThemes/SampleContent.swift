import Foundation
import RegioDashCore

/// Writes a valid content folder of any size for the built-in themes:
/// municipalities with populations and tiles, every indicator for every
/// year, certificates, and a narrative of a few kilobytes (headings, lists,
/// emphasis, links) per theme, municipality and year. The same seed always
/// gives the same files.
public struct SampleContent: Sendable {
    public var municipalities: Int
    public var years: Int
    public var firstYear: Int
    public var seed: UInt64

    public init(municipalities: Int, years: Int, firstYear: Int = 2014, seed: UInt64 = 1) {
        self.municipalities = municipalities
        self.years = years
        self.firstYear = firstYear
        self.seed = seed
    }

    /// The files, by path inside the content folder.
    public func files() -> [String: String] {
        var random = SplitMix64(seed: seed)
        var files: [String: String] = [:]
        let towns = Names.towns(count: municipalities, random: &random)
        let yearRange = Array(firstYear..<(firstYear + years))
        let lastYear = yearRange.last ?? firstYear

        files["site.yaml"] = """
            title: Veiligheidsbeeld voorbeeldregio
            language: nl
            publisher: Regiodash voorbeeldgenerator
            example_data: true
            reference_date: \(lastYear)-12-31

            """
        let width = max(1, Int(Double(municipalities).squareRoot().rounded(.up)))
        var region = "name: Voorbeeldregio\ncode: VR99\nmunicipalities:\n"
        var populations: [[Int: Int]] = []
        for (index, town) in towns.enumerated() {
            let base = 8_000 + Int(random.next() % 120_000)
            var population: [Int: Int] = [:]
            for (offset, year) in yearRange.enumerated() {
                population[year] = base + base * offset / 200
            }
            populations.append(population)
            region += "  - code: \(code(index))\n    name: \(town)\n"
                + "    population: {" + yearRange.map { "\($0): \(population[$0] ?? base)" }.joined(separator: ", ") + "}\n"
                + "    tile: [\(index / width + 1), \(index % width + 1)]\n"
        }
        files["region.yaml"] = region

        /// Indicators that are a part of another: drawn as a share of it, so the sample
        /// obeys the themes' own checks (no more places occupied than there are).
        let partOf = ["ukraine-occupied": ("ukraine-places", 0.70...0.95),
                      "status-holders-housed": ("status-holders-target", 0.80...1.05)]
        for plugin in ThemeRegistry.builtIn.plugins where !plugin.descriptor.indicators.isEmpty {
            var data = "municipality,year,indicator,value,source,note\n"
            for (index, _) in towns.enumerated() {
                var drawn: [String: [Int: Int]] = [:]
                for indicator in plugin.descriptor.indicators {
                    let rate = 0.2 + Double(random.next() % 1000) / 100
                    for year in yearRange {
                        let population = Double(populations[index][year] ?? 10_000)
                        let share = 0.8 + Double(random.next() % 40) / 100
                        var number: Int
                        switch indicator.kind {
                        case .count: number = Int(rate * population / 1000 * share)
                        case .percent: number = 50 + Int(random.next() % 45)
                        case .number: number = Int(random.next() % 500)
                        }
                        if let (whole, range) = partOf[indicator.id], let total = drawn[whole]?[year] {
                            number = Int(Double(total) * (range.lowerBound + (range.upperBound - range.lowerBound) * (share - 0.8) / 0.4))
                        }
                        drawn[indicator.id, default: [:]][year] = number
                        data += "\(code(index)),\(year),\(indicator.id),\(number),Voorbeeldgegevens,\n"
                    }
                }
            }
            files["themes/\(plugin.descriptor.id)/data.csv"] = data
        }

        var certificates = "municipality,area,type,status,certified_on,valid_until,stars,note\n"
        for (index, town) in towns.enumerated() {
            // Certified in the last three years, so valid on the reference date.
            let start = lastYear - Int(random.next() % 3)
            certificates += "\(code(index)),Bedrijventerrein \(town),KVO-B,certified,\(start)-03-01,\(start + 3)-03-01,"
                + "\(1 + random.next() % 4),\n"
            if random.next() % 3 == 0 {
                certificates += "\(code(index)),Centrum \(town),KVO-W,in-progress,,,,startbijeenkomst gepland\n"
            }
        }
        files["themes/kvo/certificates.csv"] = certificates

        for plugin in ThemeRegistry.builtIn.plugins {
            for (index, town) in towns.enumerated() {
                let slug = Slug.make(from: town)
                for year in yearRange {
                    files["themes/\(plugin.descriptor.id)/\(slug)/\(year).md"] =
                        Narrative.text(theme: plugin.descriptor.title.nl, town: town, year: year, index: index, random: &random)
                }
            }
        }
        files["pages/over.md"] = "# Over deze site\n\nDeze site is gemaakt met `regiodash sample`: alle cijfers en teksten zijn verzonnen.\n"
        files["pages/toegankelijkheid.md"] = "# Toegankelijkheid\n\nDeze voorbeeldsite volgt WCAG 2.1 niveau AA.\n"
        return files
    }

    /// Writes the files under `folder`, which must not exist or be empty.
    public func write(to folder: String) throws {
        let manager = FileManager.default
        for (path, text) in files() {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    private func code(_ index: Int) -> String {
        let digits = String(index + 1)
        return "GM" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed, the same sample.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }
}

/// Town names that sound Dutch, all different.
private enum Names {
    static let starts = ["Oost", "West", "Noord", "Zuid", "Hoog", "Laag", "Groot", "Klein", "Nieuw", "Oud", "Berg", "Dal",
                         "Wester", "Ooster", "Brug", "Veen", "Ter", "Molen", "Linde", "Eike", "Beuk", "Heide", "Zand", "Klei"]
    static let middles = ["", "en", "er", "e", "s"]
    static let ends = ["dam", "dijk", "veen", "horst", "loo", "wijk", "berg", "broek", "woude", "haven", "sloot", "kamp",
                       "hoven", "hout", "burg", "zijl", "meer", "beek", "rade", "lo"]

    static func towns(count: Int, random: inout SplitMix64) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        while names.count < count {
            let (start, end) = (random.pick(starts), random.pick(ends))
            var middle = random.pick(middles)
            if middle.first == start.last || middle.last == end.first { middle = "" }
            var name = start + middle + end
            if seen.contains(name) { name += " " + String(seen.count) }
            seen.insert(name)
            names.append(name)
        }
        return names
    }
}

/// Narratives of a few kilobytes, in the shape municipalities write them.
private enum Narrative {
    static let openings = [
        "In {year} heeft {town} verder gewerkt aan de aanpak van {theme}.",
        "Het jaar {year} stond voor {town} in het teken van samenwerking rond {theme}.",
        "{town} heeft in {year} de afspraken uit het regionale jaarplan over {theme} uitgevoerd.",
    ]
    static let sentences = [
        "Samen met politie, openbaar ministerie en zorgpartners zijn signalen besproken en opgevolgd.",
        "Door capaciteitsknelpunten zijn niet alle geplande activiteiten uitgevoerd; een deel is doorgeschoven naar het volgende jaar.",
        "Inwoners en ondernemers zijn via de lokale krant, sociale media en bijeenkomsten geïnformeerd.",
        "De samenwerking met de buurgemeenten is geïntensiveerd, onder meer door een gezamenlijke werkgroep.",
        "Het aantal meldingen is nauwlettend gevolgd; opvallende ontwikkelingen zijn met de partners besproken.",
        "Er is geïnvesteerd in de deskundigheid van medewerkers, onder andere met een training over signalering.",
        "De gemeenteraad is twee keer per jaar geïnformeerd over de voortgang.",
        "Een evaluatie laat zien dat de aanpak werkt, maar dat de doorlooptijden korter kunnen.",
    ]
    static let bullets = [
        "een informatiebijeenkomst voor ondernemers", "een integrale controle met de partners",
        "voorlichting op scholen", "een spreekuur in de bibliotheek", "een campagne in de lokale media",
        "extra toezicht in het weekend", "een schouw in de wijk", "een training voor medewerkers",
    ]

    static func text(theme: String, town: String, year: Int, index: Int, random: inout SplitMix64) -> String {
        func fill(_ template: String) -> String {
            template.replacing("{year}", with: String(year)).replacing("{town}", with: town)
                .replacing("{theme}", with: theme.lowercased())
        }
        var text = "---\ntitle: \(theme) in \(town), \(year)\nsummary: \(fill(random.pick(openings)))\n---\n"
        text += fill(random.pick(openings)) + " " + (0..<3).map { _ in random.pick(sentences) }.joined(separator: " ") + "\n\n"
        text += "## Wat hebben we gedaan?\n\n"
        for _ in 0..<4 {
            text += "- " + random.pick(bullets) + "\n"
        }
        text += "\n" + (0..<4).map { _ in random.pick(sentences) }.joined(separator: " ")
        text += " Zie ook het *jaarverslag* op [de website van de gemeente](https://example.org/gemeente-\(index + 1)/jaarverslag-\(year)).\n\n"
        text += "## Wat hebben we bereikt?\n\n"
        text += (0..<5).map { _ in random.pick(sentences) }.joined(separator: " ") + " **De doelstelling is grotendeels behaald.**\n\n"
        text += (0..<4).map { _ in random.pick(sentences) }.joined(separator: " ") + "\n"
        return text
    }
}
