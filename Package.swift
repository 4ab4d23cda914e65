// swift-tools-version:6.1
import PackageDescription

// The outer package: HTTP, persistence and the `roder` command. The domain and the
// views live in the inner package `Core/`, which builds and tests without Vapor.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Roder",
    // macOS 15: the threads of Roder's own SQLite connections are Swift task executors (`TaskExecutor`, SE-0417).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "roder", targets: ["Roder"])
    ],
    // `swift build -c release --traits Jemalloc` links jemalloc, as Vapor's own deployment
    // template does: under a burst of requests glibc's allocator spent a tenth of the CPU
    // (docs/PERFORMANCE.md). Off by default, so that `swift run roder demo` and the tests
    // need nothing beyond Swift.
    traits: [
        .trait(name: "Jemalloc", description: "Link jemalloc as the memory allocator (Linux; needs libjemalloc-dev).")
    ],
    dependencies: [
        .package(path: "Core"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        // Already in the graph through Vapor; named for the load client's own target.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // ID tokens of an organisation's own directory (OpenID Connect): signatures checked against its published keys.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
    ],
    targets: [
        // The feedback benchmark's HTTP load client, kept out of the application's code: plain
        // NIO, no Vapor (Benchmarks/LoadClient/LoopbackLoad.swift says why it is so small).
        .target(
            name: "LoadClient",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            path: "Benchmarks/LoadClient",
            swiftSettings: strictSettings
        ),
        .target(
            name: "App",
            dependencies: [
                "LoadClient",
                .product(name: "RoderCore", package: "Core"),
                .product(name: "RoderViews", package: "Core"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "Roder",
            dependencies: ["App"],
            swiftSettings: strictSettings,
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], traits: ["Jemalloc"]))]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                "LoadClient",
                .product(name: "VaporTesting", package: "vapor"),
                // The tests' own OpenID Connect provider signs its ID tokens.
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
