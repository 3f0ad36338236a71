import Testing

@testable import SitegenCore

/// Chart blocks, claim badges, the claims table and sweep tables on rendered pages.
@Suite struct ClaimRenderTests {
    static let content = """
        # Page

        A statement. [](claim:processes-better-cpu)

        ```claims
        ```

        ```python run id=cpu-threads
        print(1)
        ```

        ```python run id=cpu-processes
        print(1)
        ```

        ```python run id=scale params="workers=1,2"
        print(1)
        ```

        ```chart kind=comparison examples="cpu-threads,cpu-processes" title="CPU-bound"
        ```

        ```chart kind=scaling examples="scale" title="Scaling"
        ```

        ```claim id=processes-better-cpu
        Processes beat threads on CPU-bound work.
        require cores >= 2
        holds if speedup(cpu-processes over cpu-threads) > 1.3
        explain 65 % of the ideal 2×.
        ```

        """

    static func results() -> [ExampleResult] {
        [
            MeasuredResult.make(
                "cpu-threads", walls: [0.60, 0.62, 0.64], lines: [#"RESULT {"model": "threads"}"#],
                page: "page.html", line: 8, file: "page.md"),
            MeasuredResult.make(
                "cpu-processes", walls: [0.30, 0.31, 0.32],
                lines: [#"RESULT {"model": "processes"}"#], page: "page.html", line: 12,
                file: "page.md"),
            MeasuredResult.make(
                "scale@workers=1", walls: [0.4, 0.4], parameters: ["workers": "1"],
                page: "page.html",
                line: 16, file: "page.md"),
            MeasuredResult.make(
                "scale@workers=2", walls: [0.2, 0.25], parameters: ["workers": "2"],
                page: "page.html", line: 16, file: "page.md"),
        ]
    }

    static func page() throws -> String {
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: content)])
        let results = results()
        let claims = SiteAnalyzer.analyze(
            site.claims, results: results, machine: BuildMachine(availableCores: 2, loadBefore: 0.1)
        )
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64", interpreters: [:],
            coresAvailable: 2)
        let files = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: "sitegen test",
            claims: claims)
        return String(decoding: files["page.html"]!, as: UTF8.self)
    }

    /// The part of the page from `start` up to the end of the element it opens.
    static func excerpt(_ page: String, from start: String, to end: String) -> String {
        guard let lower = page.range(of: start),
            let upper = page.range(of: end, range: lower.upperBound..<page.endIndex)
        else { return "" }
        return String(page[lower.lowerBound..<upper.upperBound])
            .replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test func badgeLinksToTheClaimCard() throws {
        let page = try Self.page()
        #expect(!page.contains("href=\"claim:"))
        #expect(
            page.contains(
                "A statement. <a class=\"claim-badge verdict-holds\" href=\"page.html#claim-processes-better-cpu\""
            ))
        #expect(page.contains("measured: holds</a>"))
    }

    @Test func claimFenceRendersItsCard() throws {
        let card = Self.excerpt(
            try Self.page(), from: "<aside class=\"claim-card verdict-holds\"", to: "</aside>")
        #expect(card.contains("id=\"claim-processes-better-cpu\""))
        #expect(card.contains("Processes beat threads on CPU-bound work."))
        #expect(
            card.contains(
                "cpu-processes ran 2.00 ± 0.09 × as fast as cpu-threads (3 runs each; 95 % CI 1.88×–2.13×), above 1.30× beyond the noise"
            ))
        #expect(card.contains("<p class=\"claim-explain\">65 % of the ideal 2×.</p>"))
        #expect(
            card.contains(
                "<a href=\"page.html#example-cpu-processes\">\n<code>cpu-processes</code>"))
        #expect(card.contains("holds if speedup(cpu-processes over cpu-threads) &gt; 1.3"))
    }

    @Test func claimsTable() throws {
        let table = Self.excerpt(try Self.page(), from: "<table class=\"claims\"", to: "</table>")
        assertSnapshot(table, named: "claims-table.html")
    }

    @Test func comparisonBlock() throws {
        let figure = Self.excerpt(
            try Self.page(), from: "<figure class=\"chart\" id=\"chart-comparison-cpu-threads\"",
            to: "</figure>")
        #expect(
            figure.contains(
                "processes ran 2.00 ± 0.09× as fast as threads (95 % CI 1.88×–2.13×)."))
        assertSnapshot(figure, named: "chart-block-comparison.html")
    }

    @Test func scalingBlock() throws {
        let figure = Self.excerpt(
            try Self.page(), from: "<figure class=\"chart\" id=\"chart-scaling-scale\"",
            to: "</figure>")
        assertSnapshot(figure, named: "chart-block-scaling.html")
    }

    /// The issue's new author: two sweeps over `tasks`, a scaling chart, labels from label=.
    @Test func scalingOverAnyParameterDrawsItsPoints() throws {
        let text = """
            # Tasks

            ```python run id=pool params="tasks=1,4"
            print(1)
            ```

            ```python run id=gather params="tasks=1,4"
            print(1)
            ```

            ```chart kind=scaling examples="pool,gather" label="thread pool,asyncio" title="Tasks"
            ```

            """
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
        let results = [
            MeasuredResult.make(
                "pool@tasks=1", walls: [0.4], parameters: ["tasks": "1"], page: "page.html",
                line: 3, file: "page.md"),
            MeasuredResult.make(
                "pool@tasks=4", walls: [0.2], parameters: ["tasks": "4"], page: "page.html",
                line: 3, file: "page.md"),
            MeasuredResult.make(
                "gather@tasks=1", walls: [0.4], parameters: ["tasks": "1"], page: "page.html",
                line: 7, file: "page.md"),
            MeasuredResult.make(
                "gather@tasks=4", walls: [0.1], parameters: ["tasks": "4"], page: "page.html",
                line: 7, file: "page.md"),
        ]
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64", interpreters: [:])
        let files = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: "sitegen test")
        let page = String(decoding: files["page.html"]!, as: UTF8.self)
        #expect(page.contains(">tasks (log₂ scale)</text>"))
        #expect(page.contains("<title>asyncio, tasks=4: 4.00× speedup</title>"))
        #expect(page.contains("<title>thread pool, tasks=4: 2.00× speedup</title>"))
        #expect(!page.contains("workers"))
    }

    @Test func sweepShowsEveryConfiguration() throws {
        let section = Self.excerpt(
            try Self.page(), from: "<table class=\"configurations\"", to: "</table>")
        #expect(section.contains("<tr id=\"example-scale@workers=1\">"))
        assertSnapshot(section, named: "configurations.html")
        #expect(
            try Self.page().contains(
                "<section class=\"example ok\" id=\"example-scale@workers=2\">"))
    }

    @Test func swimlaneFromEventsAndLines() {
        var result = MeasuredResult.make("workers", walls: [0.5], lines: ["main", "child"])
        let main = LineOwner(pid: 10, tid: 10, thread: "MainThread", process: "MainProcess")
        let child = LineOwner(pid: 11, tid: 11, thread: "MainThread", process: "Process-1")
        var lines = result.lines
        lines[0] = lines[0].owned(by: main)
        lines[1] = lines[1].owned(by: child)
        result = result.with(lines: lines)
        result = result.with(events: [
            WorkerEvent(kind: .processStart, time: 0.005, pid: 11, tid: nil, name: "Process-1"),
            WorkerEvent(kind: .processEnd, time: 0.3, pid: 11, tid: nil, name: "Process-1"),
            WorkerEvent(kind: .threadStart, time: 0.01, pid: 10, tid: 12, name: "Thread-1"),
            WorkerEvent(kind: .threadEnd, time: 0.2, pid: 10, tid: 12, name: "Thread-1"),
        ])
        let chart = ExampleView.swimlane(result)!
        #expect(chart.lanes.map(\.label) == ["MainProcess", "Process-1", "Thread-1"])
        #expect(chart.lanes.map(\.start) == [0, 0.005, 0.01])
        #expect(chart.lanes.map(\.end) == [0.5, 0.3, 0.2])
        #expect(chart.lanes[1].marks.map(\.text) == ["child"])
        assertSnapshot(ChartSnapshotTests.lines(chart.svg), named: "example-swimlane.svg")
    }
}
