// swift-tools-version: 6.0
import PackageDescription

// A theme plugin in a package of one's own: regiodash is a dependency, not a fork.
let package = Package(
    name: "CustomTheme",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "regiodash", path: "../.."),
    ],
    targets: [
        // The plugin: one file.
        .target(name: "CameraTheme", dependencies: [.product(name: "RegioDashCore", package: "regiodash")]),
        // regiodash's command line with the plugin registered next to the built-in themes.
        .executableTarget(
            name: "camera-site",
            dependencies: [
                "CameraTheme",
                .product(name: "RegioDashCLI", package: "regiodash"),
                .product(name: "RegioDashCore", package: "regiodash"),
                .product(name: "RegioDashThemes", package: "regiodash"),
            ]
        ),
        .testTarget(
            name: "CameraThemeTests",
            dependencies: [
                "CameraTheme",
                "camera-site",  // CameraSiteCommandTests runs it
                .product(name: "RegioDashCore", package: "regiodash"),
                .product(name: "RegioDashSite", package: "regiodash"),
                .product(name: "RegioDashThemes", package: "regiodash"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
