import Foundation
import Testing

@testable import SitegenCore

/// `sitegen measure` writes results.json with every result in full; `sitegen merge` renders the
/// site from several of them, running nothing, as one build of every environment would.
@Suite struct MergeTests {
    static let page = """
        # Merge

        ```sh run id=a
        echo a
        ```

        ```sh run id=b
        echo b
        ```

        ```claim id=a-quick
        A finishes within a minute.
        holds if wall(a) < 60s
        ```

        ```chart kind=comparison examples="a,b" title="A and B"
        ```

        """
    static let config = """
        environments:
          - id: one
            label: One
          - id: two
            label: Two
            scale: { WORK: 3 }

        """

    /// Answers from the request: the work scale decides the output and the wall time.
    static let executor = ScriptedExecutor { request in
        let scale = Double(request.environment["SITEGEN_SCALE_WORK"] ?? "1") ?? 1
        let name = request.arguments.last.map { Paths.name($0) } ?? "?"
        return ScriptedExecutor.capture(
            lines: [(0.001, .stdout, "\(name) × \(Int(scale))")], wall: 0.01 * scale)
    }

    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("content/index.md", Self.page)
        try folder.write("sitegen.yml", Self.config)
    }

    func options(_ output: String) -> BuildOptions {
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/" + output,
            runs: 2, warmup: 0, cacheFolder: folder.path + "/cache-" + output)
        options.rerun = .all
        // Each example in its own block: a shard (or an environment measured on its own) measures
        // only its examples, so interleaved rounds across shards are not what this compares.
        options.schedule = .blocks
        return options
    }

    var builder: SiteBuilder {
        SiteBuilder(executor: Self.executor, environment: ["PATH": "/usr/bin:/bin"])
    }

    /// The rendered tree, with what differs between two builds on one machine (the load before
    /// each build, the time of measuring) masked.
    func tree(_ output: String) -> [String: String] {
        CacheSite.files(in: folder.path + "/" + output).mapValues {
            String(decoding: $0, as: UTF8.self)
                .replacingOccurrences(
                    of: #""load_(before|after)" ?: ?[0-9.]+"#, with: "LOAD",
                    options: .regularExpression
                )
                .replacingOccurrences(
                    of: #"[0-9.]+ before the examples, [0-9.?]+ after"#, with: "LOAD",
                    options: .regularExpression
                )
                .replacingOccurrences(
                    of: #"\(load [0-9.]+ on"#, with: "(LOAD on", options: .regularExpression
                )
                // The busy-machine warning quotes the load too (a loaded test machine).
                .replacingOccurrences(
                    of: #"load average [0-9.]+ for"#, with: "load average LOAD for",
                    options: .regularExpression
                )
                .replacingOccurrences(
                    of: #"load average [0-9.]+ for"#, with: "load average LOAD for",
                    options: .regularExpression
                )
                .replacingOccurrences(
                    of: #"\b\d{4}-\d\d-\d\d[T ][0-9:.Z+-]+"#, with: "DATE",
                    options: .regularExpression)
        }
    }

    @Test func mergeOfOneMeasurePerEnvironmentEqualsOneBuildOfBoth() throws {
        _ = try builder.build(options("built"))
        var first = options("one.json")
        first.environments = ["one"]
        _ = try builder.measureResults(first, into: first.outputFolder)
        var second = options("two.json")
        second.environments = ["two"]
        _ = try builder.measureResults(second, into: second.outputFolder)
        let summary = try SiteBuilder(
            executor: ScriptedExecutor { _ in fatalError("merge runs nothing") },
            environment: [:]
        ).merge(
            [folder.path + "/two.json", folder.path + "/one.json"], options: options("merged"))
        #expect(summary.claims.first?.verdicts.map(\.environment) == ["one", "two"])
        let built = tree("built")
        let merged = tree("merged")
        #expect(built.keys.sorted() == merged.keys.sorted())
        for (path, text) in built where merged[path] != text {
            Issue.record("\(path) differs between the build and the merge")
        }
        #expect(built["index.html"]?.contains("<div class=\"environments\">") == true)
    }

    @Test func differentSourcesAreRefusedNamingTheExampleAndBothFiles() throws {
        var first = options("one.json")
        first.environments = ["one"]
        _ = try builder.measureResults(first, into: first.outputFolder)
        try folder.write(
            "content/index.md", Self.page.replacingOccurrences(of: "echo a", with: "echo A"))
        var second = options("two.json")
        second.environments = ["two"]
        _ = try builder.measureResults(second, into: second.outputFolder)
        do {
            _ = try builder.merge(
                [folder.path + "/one.json", folder.path + "/two.json"], options: options("merged"))
            Issue.record("the merge went through")
        } catch let error as SitegenError {
            #expect(
                error.description.contains(
                    "two.json: the example 'a' was measured from a different source here than in \(folder.path)/one.json"
                ))
        }
    }

    @Test func aBuiltResultsFileIsNotEnough() throws {
        _ = try builder.build(options("built"))
        do {
            _ = try builder.merge([folder.path + "/built/results.json"], options: options("merged"))
            Issue.record("the merge went through")
        } catch let error as SitegenError {
            #expect(
                error.description.contains(
                    "holds no measured results — write it with sitegen measure"))
        }
    }

    @Test func mergeOfTwoShardsEqualsOneBuild() throws {
        _ = try builder.build(options("built"))
        var parts: [String] = []
        var measured: [Set<String>] = []
        for k in 1...2 {
            var shard = options("shard\(k).json")
            shard.shard = ShardPlan("\(k)/2")
            let summary = try builder.measureResults(shard, into: shard.outputFolder)
            measured.append(Set(summary.examples.map(\.example.id)))
            parts.append(shard.outputFolder)
        }
        // Two units (a, compared by the claim, and b), one per shard, in both environments.
        #expect(measured.sorted { $0.count < $1.count }.map { $0.sorted() } == [["a"], ["b"]])
        _ = try builder.merge(parts, options: options("merged"))
        let built = tree("built")
        let merged = tree("merged")
        #expect(built.keys.sorted() == merged.keys.sorted())
        for (path, text) in built where merged[path] != text {
            let pairs = zip(
                text.split(separator: "\n"), (merged[path] ?? "").split(separator: "\n"))
            Issue.record(
                "\(path) differs between the build and the merge of the shards: \(pairs.first { $0 != $1 }.map { "\($0.0) ≠ \($0.1)" } ?? "")"
            )
        }
    }
}
