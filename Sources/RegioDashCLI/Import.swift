import ArgumentParser
import Foundation
import RegioDashImport
import RegioDashThemes

extension RootCommand {
    /// `regiodash import`: real figures from CBS open data into the content folder.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import figures from a CBS open-data table into the content folder (never the site).",
            discussion: """
                Reads CBS OData v3 (TypedDataSet) or the v4 bulk format (Observations, as JSON, CSV or the zip \
                download), live over HTTPS or from a saved answer (--from). Only the region's municipalities and \
                benchmarks are imported; CBS's symbols become empty cells with the reason in note, never 0. \
                Review the result with 'regiodash diff' before you commit it. See docs/IMPORT.md.
                """,
            subcommands: [Population.self, Figures.self])
    }
}

/// What both import commands take.
struct ImportOptions: ParsableArguments {
    @Option(help: "The CBS table, like 03759ned or 83648NED.")
    var table: String

    @Option(help: "Only these years: 2023, or a range like 2021-2024 (default: every year in the table).")
    var years: String?

    @Option(name: .customLong("where"), help: "Choose a key of a dimension, like Geslacht=T001038 (repeatable; default: the totals).")
    var fixed: [String] = []

    @Option(help: "Read a saved CBS answer (a JSON or CSV file, a folder of them, or the zip) instead of asking CBS.")
    var from: String?

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The day the figures were retrieved, for the source column (default: today).")
    var retrieved: String?

    @Option(help: .hidden)
    var cbsBase = "https://opendata.cbs.nl/ODataApi/OData/"

    func validate() throws {
        _ = try yearRange()
        _ = try dimensions()
        if let retrieved, retrieved.count != 10 || retrieved.split(separator: "-").count != 3 {
            throw ValidationError("--retrieved takes a date written as YYYY-MM-DD, not \"\(retrieved)\"")
        }
    }

    func yearRange() throws -> ClosedRange<Int>? {
        guard let years else { return nil }
        let parts = years.split(separator: "-").map { Int($0) }
        switch parts.count {
        case 1: if let year = parts[0] { return year...year }
        case 2: if let first = parts[0], let last = parts[1], first <= last { return first...last }
        default: break
        }
        throw ValidationError("--years takes a year or a range like 2021-2024, not \"\(years)\"")
    }

    func dimensions() throws -> [String: String] {
        var result: [String: String] = [:]
        for pair in fixed {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--where takes DIMENSION=KEY, like Geslacht=T001038, not \"\(pair)\"")
            }
            result[parts[0]] = parts[1]
        }
        return result
    }

    /// Runs the import and prints what it did; an import error exits 1.
    func run(_ target: CBSImport.Target, measure: String?) async throws {
        let date = retrieved ?? Self.today()
        let job = CBSImport(target: target, table: table, measure: measure, fixed: try dimensions(), years: try yearRange(),
                            from: from, content: content, retrieved: date, base: cbsBase)
        do {
            let summary = try await job.run(registry: Program.registry)
            for line in summary.lines { print(line) }
        } catch let error as ImportError {
            Console.error("\(Program.name) import: " + error.message)
            Console.error("\(Program.name) import: no content file was changed")
            throw ExitCode(1)
        }
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

extension RootCommand.Import {
    struct Population: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "population",
            abstract: "Inhabitants on 1 January per municipality (and benchmark) into content/population.csv.",
            discussion: "The imported years are taken out of region.yaml's population:, changing nothing else in it.")

        @OptionGroup var options: ImportOptions

        @Option(help: "The measure (topic) to read, when the table has more than one.")
        var measure: String?

        func run() async throws {
            try await options.run(.population, measure: measure)
        }
    }

    struct Figures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "figures",
            abstract: "One measure of a CBS table into an indicator of a theme's data.csv.",
            discussion: "Replaces only that indicator's rows of the imported years; every other row, its order, the line endings, "
                + "separator and decimal mark stay as they were.")

        @OptionGroup var options: ImportOptions

        @Option(help: "The measure (topic) to read, like TotaalGeregistreerdeMisdrijven_1.")
        var measure: String

        @Option(help: "The theme's id, like undermining.")
        var theme: String

        @Option(help: "The indicator's id in the theme (declare a new one in its theme.yaml).")
        var indicator: String

        func run() async throws {
            try await options.run(.figures(theme: theme, indicator: indicator), measure: measure)
        }
    }
}
