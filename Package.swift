// swift-tools-version: 6.0
import PackageDescription

// The layering is the architecture: Core knows nothing above it; Themes and
// Site each build on Core only; the preview server builds on Site; the
// command line puts them together.
//
//   regiodash ─▶ RegioDashCLI ─▶ RegioDashServer ─▶ RegioDashSite ─▶ RegioDashCore ─▶ CCMark (libcmark)
//                     │                                                     └─────▶ CStemmer (libstemmer)
//                     ├──────▶ RegioDashThemes ──────────────────────┤
//                     └──────▶ RegioDashImport (CBS open data) ───────┘
//
// RegioDashCLI is every command as a library: a package with themes of its
// own gets them all with `RegioDash.main(registry:)`.
let package = Package(
    name: "regiodash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regiodash", targets: ["regiodash"]),
        .library(name: "RegioDashCore", targets: ["RegioDashCore"]),
        .library(name: "RegioDashThemes", targets: ["RegioDashThemes"]),
        .library(name: "RegioDashSite", targets: ["RegioDashSite"]),
        .library(name: "RegioDashCLI", targets: ["RegioDashCLI"]),
        .plugin(name: "GenerateSite", targets: ["GenerateSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The preview server: small, async/await, builds in seconds (SwiftNIO-based servers take minutes here).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // CBS's bulk downloads are zips: ZIPFoundation reads them in memory (small, Foundation only);
        // its raw deflate also packs the search's texts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Snowball's stemmers (Dutch, English) as Debian ships them; libstemmer has no pkg-config file.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
        .target(
            name: "RegioDashCore",
            dependencies: ["CCMark", "CStemmer", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "RegioDashThemes", dependencies: ["RegioDashCore"]),
        .target(
            name: "RegioDashSite",
            dependencies: ["RegioDashCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "RegioDashImport",
            dependencies: ["RegioDashCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "RegioDashServer",
            dependencies: ["RegioDashSite", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .target(
            name: "RegioDashCLI",
            dependencies: [
                "RegioDashSite", "RegioDashServer", "RegioDashThemes", "RegioDashImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "regiodash", dependencies: ["RegioDashCLI"]),
        .plugin(
            name: "GenerateSite",
            capability: .command(
                intent: .custom(verb: "generate-site", description: "Build the regiodash site from the content folder"),
                permissions: [.writeToPackageDirectory(reason: "the site is written into the package's folder (site/ by default)")]
            ),
            dependencies: ["regiodash"]
        ),
        // libFuzzer targets, one per loader (scripts/fuzz.sh builds them with --sanitize fuzzer;
        // in a normal build they are programs that do nothing).
        .target(name: "FuzzSupport", dependencies: ["RegioDashCore"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", "RegioDashCore"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport", "RegioDashCore"], path: "Fuzz/FuzzFrontMatter"),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzSupport", "RegioDashCore"], path: "Fuzz/FuzzYAML"),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport", "RegioDashCore"], path: "Fuzz/FuzzMarkdown"),
        .executableTarget(
            name: "FuzzCertificates", dependencies: ["FuzzSupport", "RegioDashCore", "RegioDashThemes"],
            path: "Fuzz/FuzzCertificates"),
        .target(name: "RegioDashTestSupport", dependencies: ["RegioDashCore"], path: "Tests/Support"),
        .testTarget(name: "RegioDashCoreTests", dependencies: ["RegioDashCore", "RegioDashTestSupport"]),
        .testTarget(name: "RegioDashThemesTests", dependencies: ["RegioDashThemes", "RegioDashTestSupport"]),
        .testTarget(
            name: "RegioDashSiteTests",
            dependencies: ["RegioDashSite", "RegioDashTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "RegioDashImportTests",
            dependencies: ["RegioDashImport", "RegioDashCore", "RegioDashThemes", "RegioDashTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "RegioDashServerTests", dependencies: ["RegioDashServer", "RegioDashSite", "RegioDashCore"]),
        .testTarget(
            name: "RegioDashEndToEndTests",
            dependencies: [
                "regiodash", "RegioDashCLI", "RegioDashSite", "RegioDashThemes", "RegioDashTestSupport",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
