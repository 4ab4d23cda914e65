// swift-tools-version:6.1
import PackageDescription

// The inner package: Roder's domain (rules, calculations, the string catalogue, the route
// table) and its typed HTML views. Nothing here knows about Vapor or Fluent, so it builds
// and tests in seconds: `swift test --package-path Core`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Core",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RoderCore", targets: ["RoderCore"]),
        .library(name: "RoderViews", targets: ["RoderViews"]),
    ],
    dependencies: [
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        // Reads Excel workbooks (.xlsx is a ZIP archive of XML) for the organisation import.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "RoderCore",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "RoderViews",
            dependencies: ["RoderCore", .product(name: "Plot", package: "Plot")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RoderCoreTests",
            dependencies: ["RoderCore", "RoderViews"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
