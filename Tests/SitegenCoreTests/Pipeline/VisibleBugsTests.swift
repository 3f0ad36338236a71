import Foundation
import Testing

@testable import SitegenCore

/// The three bugs readers saw in issue 20, each reproduced as the issue describes it.
@Suite struct VisibleBugsTests {
    // MARK: (a) a cold build labelled its results "reused from the build cache"

    static let oneShell = """
        # One

        ```sh run id=hello
        echo hello
        ```

        """

    @Test func aColdBuildWithoutACacheSaysMeasuredNotReused() throws {
        let fixture = try SiteFixture(["index.md": Self.oneShell])
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(outcome.error.map(String.init(describing:)) ?? "")")
        #expect(outcome.page.contains("Measured on "))
        #expect(!outcome.page.contains("reused from the build cache"))
    }

    /// Reused or measured again, the page says where and when the figures were measured, the
    /// same bytes as the build that measured them; the build's summary says what it reused.
    @Test func aResultSaysWhenItWasMeasuredAndOnlyTheCacheHandsOverReused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", Self.oneShell)
        let builder = SiteBuilder(
            executor: ScriptedExecutor { _ in
                ScriptedExecutor.capture(lines: [(0.001, .stdout, "hello")], wall: 0.01)
            }, environment: ["PATH": "/usr/bin:/bin"])
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site",
            runs: 2, warmup: 0, cacheFolder: folder.path + "/cache")
        func page() throws -> String { try folder.read("site/index.html") }
        let cold = try builder.build(options)
        #expect(cold.reused == 0)
        #expect(cold.examples.map(\.provenance?.origin) == [.measured])
        #expect(try page().contains("Measured on "))
        #expect(try !page().contains("reused from the build cache"))
        // A change of the page (not the example) rebuilds from the cache.
        try folder.write("content/index.md", Self.oneShell + "More.\n")
        let warm = try builder.build(options)
        #expect(warm.reused == 1)
        #expect(warm.examples.map(\.provenance?.origin) == [.reused])
        #expect(
            warm.examples.first?.provenance?.measuredAt
                == cold.examples.first?.provenance?.measuredAt)
        #expect(try !page().contains("reused from the build cache"))
        // Measured again on request: measured now, whatever the cache held.
        options.rerun = .all
        try folder.write("content/index.md", Self.oneShell + "Again.\n")
        let again = try builder.build(options)
        #expect(again.reused == 0)
        #expect(again.examples.map(\.provenance?.origin) == [.measured])
    }

    // MARK: (b) a sharded measure merged back lost interpreter entries

    static let twoLanguages = """
        # Two languages

        ```sh run id=shell
        echo shell
        ```

        ```node run id=script
        console.log("script")
        ```

        """

    @Test func aMergeOfShardsKeepsEveryShardsInterpreters() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", Self.twoLanguages)
        try folder.write(
            "sitegen.yml",
            """
            languages:
              node: { extension: js, command: [node, "{file}"], version: [node, --version] }

            """)
        let builder = SiteBuilder(
            executor: ScriptedExecutor { _ in
                ScriptedExecutor.capture(lines: [(0.001, .stdout, "v1")], wall: 0.01)
            }, environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"])
        func options(_ output: String) -> BuildOptions {
            var options = BuildOptions(
                contentFolder: folder.path + "/content", outputFolder: folder.path + "/" + output,
                runs: 2, warmup: 0)
            options.schedule = .blocks
            return options
        }
        var parts: [String] = []
        var languages: [Set<String>] = []
        for k in 1...2 {
            var shard = options("shard\(k).json")
            shard.shard = ShardPlan("\(k)/2")
            let summary = try builder.measureResults(shard, into: shard.outputFolder)
            languages.append(Set(summary.examples.map(\.example.language)))
            parts.append(shard.outputFolder)
        }
        #expect(languages.sorted { $0.first! < $1.first! } == [["node"], ["sh"]])
        _ = try builder.merge(parts, options: options("merged"))
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try folder.read("merged/results.json").utf8)) as! [String: Any]
        let environments = json["environments"] as! [[String: Any]]
        let interpreters = environments[0]["interpreters"] as! [String: String]
        #expect(interpreters.keys.sorted() == ["node", "sh"])
        let machine = json["machine"] as! [String: Any]
        let card = machine["interpreters"] as! [String: String]
        #expect(card.keys.sorted() == ["node", "sh"])
    }

    // MARK: (c) a chart and a claim printed different numbers for one comparison

    static let compared = """
        # Compared

        ```sh run id=slow runs=3 warmup=0
        slow
        ```

        ```sh run id=fast runs=3 warmup=0
        fast
        ```

        ```chart kind=comparison examples="slow,fast" title="Two"
        ```

        ```claim id=fast-wins
        Fast is faster.
        holds if speedup(fast over slow) > 1.3
        ```

        """

    /// Each example's n-th run takes its n-th wall time: per-round ratios 3.0, 3.3 and 3.5,
    /// whose geometric mean (3.26, the paired interval's estimate) is not the ratio of the mean
    /// times (3.28, ± 0.68 propagated from the runs' standard deviations, by hand).
    static func builder() -> SiteBuilder {
        let counter = RunCounter()
        return SiteBuilder(
            executor: ScriptedExecutor { request in
                let code = (try? String(contentsOfFile: request.arguments.last!, encoding: .utf8))
                let fast = code?.hasPrefix("fast") == true
                let n = counter.next(fast ? "fast" : "slow")
                let walls = fast ? [0.10, 0.10, 0.12] : [0.30, 0.33, 0.42]
                return ScriptedExecutor.capture(lines: [], wall: walls[min(n, 2)])
            }, environment: [:])
    }

    static func build(_ rule: EffectDecision.Rule) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", Self.compared)
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        options.instrumented = false
        options.decision = rule
        _ = try builder().build(options)
        return try folder.read("site/index.html")
    }

    /// The speed-ups "fast ran X ± Y" that the page prints, each once.
    static func speedups(_ html: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"fast ran ([0-9.]+ ± [0-9.]+) ?×"#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(
            pattern.matches(in: html, range: range).map {
                String(html[Range($0.range(at: 1), in: html)!])
            })
    }

    @Test func theChartAndTheClaimPrintTheSameSpeedup() throws {
        let html = try Self.build(.interval)
        #expect(html.contains("<ul class=\"comparison\">"))
        #expect(html.contains("claim-fast-wins"))
        #expect(Self.speedups(html) == ["3.26 ± 0.68"], "\(Self.speedups(html))")
    }

    @Test func theSpreadRuleReachesTheChartSentence() throws {
        let html = try Self.build(.spread)
        let sentence = try #require(
            html.components(separatedBy: "<ul class=\"comparison\">").dropFirst().first?
                .components(separatedBy: "</ul>").first)
        #expect(!sentence.contains("95 % CI"), "\(sentence)")
        #expect(sentence.contains("± 2σ"), "\(sentence)")
        // The spread rule's estimate: the ratio of the mean times.
        #expect(Self.speedups(html) == ["3.28 ± 0.68"], "\(Self.speedups(html))")
    }
}

/// How many times each name was run, for scripted executors whose answer depends on it.
final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    /// The 0-based number of this run of `name`.
    func next(_ name: String) -> Int {
        lock.withLock {
            let n = counts[name, default: 0]
            counts[name] = n + 1
            return n
        }
    }
}
