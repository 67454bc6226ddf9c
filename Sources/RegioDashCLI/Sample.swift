import ArgumentParser
import Foundation
import RegioDashThemes

extension RootCommand {
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sample",
            abstract: "Write a sample content folder of any size (for trying regiodash out and for benchmarks).",
            discussion: "Every indicator of the built-in themes for every municipality and year, certificates, and a narrative of a few kilobytes per theme, municipality and year. The same seed gives the same files.")

        @Option(help: "How many municipalities the sample region has (GM0001, GM0002, …).")
        var municipalities = 11

        @Option(help: "How many years of figures and narratives, ending with --last-year.")
        var years = 3

        @Option(help: "The last year with figures and narratives.")
        var lastYear = 2023

        @Option(help: "The seed of the made-up figures: the same seed writes the same content.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The folder to write the content into; it must not exist yet, or be empty.", valueName: "folder"))
        var output: String

        func validate() throws {
            guard (1...9999).contains(municipalities) else { throw ValidationError("--municipalities must be between 1 and 9999") }
            guard (1...50).contains(years) else { throw ValidationError("--years must be between 1 and 50") }
            guard FileManager.default.fileExists(atPath: output) else { return }
            guard let existing = try? FileManager.default.contentsOfDirectory(atPath: output) else {
                throw ValidationError("cannot list \(output), so it may not be empty: choose a new folder for the sample")
            }
            guard existing.isEmpty else { throw ValidationError("\(output) is not empty: choose a new folder for the sample") }
        }

        func run() throws {
            let sample = SampleContent(municipalities: municipalities, years: years, firstYear: lastYear - years + 1, seed: seed)
            try sample.write(to: output)
            print("Wrote sample content for \(municipalities) municipalities and \(years) years into \(output)/")
        }
    }
}
