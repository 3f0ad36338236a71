// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // sitegen.yml and front matter: libyaml underneath, marks (line numbers) on every node.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The system's cmark (Debian libcmark-dev, Homebrew cmark).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // posix_spawn, wait4, renameat2 and prctl with _GNU_SOURCE visible.
        .target(name: "CSitegenSys"),
        .target(
            name: "SitegenCore",
            dependencies: ["CCmark", "CSitegenSys", .product(name: "Yams", package: "Yams")],
            // The Python side channel is embedded as Execute/SitecustomizeSource.swift; the rest
            // of Execute/Python/ is Python's runtime (LanguageSpec.Runtime.python).
            exclude: ["Execute/Python/sitecustomize.py"]),
        // The preview server: its own small HTTP/1.1 loop on POSIX sockets (LoopbackServer).
        .target(name: "SitegenServe", dependencies: ["SitegenCore"]),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore", "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release on Linux: the Swift runtime and Foundation linked in, as
            // `--static-swift-stdlib` does. Binding a dozen shared Swift libraries at start-up
            // was a third of a warm no-op build's CPU (benchmarks/README.md, issue 22). The
            // objects were compiled for the shared libraries, so the static archives that
            // Foundation's own archive needs are named here.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-lFoundation", "-lCoreFoundation", "-l_FoundationICU",
                        "-l_FoundationCShims", "-l_FoundationCollections",
                        "-lswiftSynchronization", "-lswift_StringProcessing",
                        "-lswift_RegexParser", "-lswift_Concurrency", "-lswiftDispatch",
                        "-lswift_Builtin_float",
                    ],
                    .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore"]),
    ]
)
