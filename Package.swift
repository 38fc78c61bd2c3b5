// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zongjie",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zongjie", targets: ["zongjie"]),
        .library(name: "ZongjieCore", targets: ["ZongjieCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // Document model, numbering, outlines, diagnostics, structure parser: no I/O.
        .target(name: "ZongjieCore"),
        // Built-in outlines and plugins compiled into the binary (generated file).
        .target(name: "ZongjieResources"),
        // Readers and writers: encodings, Markdown/text, GB/T 9704 docx, atomic writes.
        .target(
            name: "ZongjieFormats",
            dependencies: ["ZongjieCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Plugin manifests, slot schema, input loading, derived figures, Mustache rendering.
        .target(
            name: "ZongjieDrafting",
            dependencies: [
                "ZongjieCore", "ZongjieResources",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Rules, registry, configuration, dictionary matcher, fixes, reporters.
        .target(
            name: "ZongjieLint",
            dependencies: ["ZongjieCore", "ZongjieDrafting", "ZongjieResources", .product(name: "Yams", package: "Yams")],
            // How to declare a line prefilter, for rule authors (not a resource).
            exclude: ["Matching/README.md"]
        ),
        // Lint orchestration every front-end shares (CLI, language server, MCP server):
        // configuration per folder, an engine per configuration, batches, fixes, baselines.
        .target(
            name: "ZongjieSession",
            dependencies: ["ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieFormats"]
        ),
        // JSON values, JSON-RPC 2.0 messages and Content-Length framing for the servers.
        .target(name: "ZongjieRPC", dependencies: ["ZongjieCore"]),
        // `zongjie lsp`: the language server (documents, diagnostics, code actions, hover).
        .target(
            name: "ZongjieLSP",
            dependencies: ["ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieSession", "ZongjieRPC"]
        ),
        // `zongjie mcp`: lint/draft/rules/input_template as MCP tools over stdio.
        .target(
            name: "ZongjieMCP",
            dependencies: [
                "ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieFormats", "ZongjieSession", "ZongjieRPC",
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        // The `zongjie` subcommands; a thin shell over the libraries.
        .target(
            name: "ZongjieCLI",
            dependencies: [
                "ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieFormats", "ZongjieSession", "ZongjieLSP", "ZongjieMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "zongjie", dependencies: ["ZongjieCLI"]),
        // Regenerates Sources/ZongjieResources/EmbeddedFiles.swift from outlines/ and plugins/.
        .executableTarget(name: "zongjie-embed", dependencies: ["ZongjieResources"], path: "Sources/zongjie-embed"),
        // In-process benchmarks for BENCHMARKS.md (scripts/bench.sh); not part of the tests.
        .executableTarget(
            name: "zongjie-bench",
            dependencies: ["ZongjieDrafting", "ZongjieLint", "ZongjieFormats"],
            path: "Sources/zongjie-bench"
        ),
        // Fuzz targets (issue 7): a deterministic mutation harness in a normal build;
        // scripts/fuzz.sh rebuilds it with -DFUZZING -sanitize=fuzzer for libFuzzer.
        .executableTarget(
            name: "zongjie-fuzz",
            dependencies: [
                "ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieFormats", "ZongjieResources",
                "ZongjieRPC", "ZongjieLSP", "ZongjieMCP",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/zongjie-fuzz"
        ),
        .testTarget(
            name: "ZongjieTests",
            dependencies: [
                "ZongjieCore", "ZongjieDrafting", "ZongjieLint", "ZongjieFormats", "ZongjieCLI", "ZongjieResources", "zongjie",
                "zongjie-fuzz", "ZongjieSession", "ZongjieRPC", "ZongjieLSP", .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Nianbao/Fixtures", "Lint/Fixtures", "Fuzz/Regressions"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
