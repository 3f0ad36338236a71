import Foundation
import Testing

@testable import SitegenCore

/// Issue 23: each environment's interpreter start-up, measured between the examples' runs,
/// cached like an example, on the page and in `results.json`. Real processes (`sh`).
@Suite struct StartupMeasurementTests {
    /// SpawnExecutor, recording the working folder of every run (a run's folder is named after
    /// its example, `sitegen-startup-sh-…` for the empty program).
    final class RecordingExecutor: ProcessExecutor, @unchecked Sendable {
        private let lock = NSLock()
        private var folders: [String] = []
        var runs: [String] { lock.withLock { folders } }
        func reset() { lock.withLock { folders = [] } }
        func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws
            -> ProcessCapture
        {
            lock.withLock { folders.append(Paths.name(request.workingDirectory)) }
            return try SpawnExecutor().run(request, observer: observer)
        }
    }

    static let page = """
        # Naps

        ```sh run id=nap runs=5 warmup=0
        sleep 0.02
        ```

        ```sh run id=echo runs=5 warmup=0
        echo hi
        ```

        ```claim id=nap-works
        A nap is work.
        holds if work(nap) > 1ms
        ```

        """

    @Test func measuredBetweenTheRunsCachedAndShown() throws {
        let folder = try TemporaryFolder()
        try folder.write("content/index.md", Self.page)
        let executor = RecordingExecutor()
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site",
            cacheFolder: folder.path + "/cache")
        options.measuresStartup = true
        let builder = SiteBuilder(executor: executor)
        _ = try builder.build(options)

        let runs = executor.runs
        let startups = runs.indices.filter { runs[$0].hasPrefix("sitegen-startup-sh-") }
        let examples = runs.indices.filter {
            runs[$0].hasPrefix("nap-") || runs[$0].hasPrefix("echo-")
        }
        // One warm-up and 20 measured runs, placed between the examples' runs.
        #expect(startups.count == StartupProbe.warmup + StartupProbe.runs)
        #expect(examples.count == 10)
        #expect(startups.first! < examples.last!)

        let html = try String(contentsOfFile: folder.path + "/site/index.html", encoding: .utf8)
        #expect(html.contains("of which start-up: "))
        #expect(html.contains("(an empty sh program, median of 20 runs)"))
        #expect(html.contains("Start-up of sh"))
        #expect(html.contains("of work (median wall"))
        let json = try JSONDecoder().decode(
            ResultsDocument.self,
            from: Data(contentsOf: URL(fileURLWithPath: folder.path + "/site/results.json")))
        let startup = try #require(json.machine.startup?.first)
        #expect(startup.language == "sh")
        #expect(startup.runs_s.count == 20)
        #expect(startup.median_s == Statistics.median(startup.runs_s))

        // A prose-only rebuild runs nothing, the start-up included, and still shows it.
        try folder.write("content/index.md", Self.page + "More prose.\n")
        executor.reset()
        _ = try builder.build(options)
        #expect(executor.runs == [])
        let again = try String(contentsOfFile: folder.path + "/site/index.html", encoding: .utf8)
        #expect(again.contains("of which start-up: "))
        #expect(again.contains("of work (median wall"))
    }

    @Test func aStartupRecordRoundTripsThroughTheModel() {
        let startup = StartupTime(
            language: "python", interpreter: "/usr/bin/python3", walls: [0.03, 0.01, 0.02],
            measuredAt: "2026-12-04T22:00:00Z")
        let record = StartupRecord(startup)
        #expect(record.median_s == 0.02)
        #expect(record.ci_low_s == 0.01)
        #expect(record.ci_high_s == 0.03)
        #expect(record.ci_confidence == 0.75)
        #expect(record.model == startup)
    }
}
