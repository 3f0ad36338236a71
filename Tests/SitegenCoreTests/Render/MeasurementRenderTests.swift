import Foundation
import Testing

@testable import SitegenCore

@Suite struct MeasurementRenderTests {
    static func result() -> ExampleResult {
        let example = Example(
            id: "demo", page: "page.html", language: "python", code: "print(1)\n",
            location: SourceLocation(file: "page.md", line: 3), timeout: 5)
        let interpreter = Interpreter(
            language: "python", path: "/usr/bin/python3", version: "3.11.2",
            implementation: "CPython",
            arguments: ["-u"], sourceFileName: "example.py")
        var result = ExampleResult(
            example: example, interpreter: interpreter,
            capture: ScriptedExecutor.capture(
                lines: [(0.01, .stdout, "from worker"), (0.02, .stdout, "unseen")], wall: 0.5))
        let owner = LineOwner(pid: 42, tid: 43, thread: "T", process: "Worker-1")
        var lines = result.lines
        lines[0] = lines[0].owned(by: owner)
        result = result.with(lines: lines)
        result = result.with(
            runs: [0.5, 0.4, 0.6].map {
                RunMeasurement(
                    wallSeconds: $0, userSeconds: 0.2, systemSeconds: 0.05, peakRSSBytes: 3 << 20,
                    treeSampled: true)
            })
        result = result.with(warmupRuns: 1)
        result = result.with(warnings: [.tooShort(seconds: 0.002)])
        result = result.with(events: [
            WorkerEvent(
                kind: .processStart, time: 0.005, pid: 42, tid: nil, name: "Worker-1",
                method: "fork")
        ])
        result = result.with(
            trace: TreeTrace(
                samples: [
                    .init(time: 0, cores: 0, rssBytes: 1 << 20, processes: 1),
                    .init(time: 0.01, cores: 1.5, rssBytes: 3 << 20, processes: 2),
                ],
                processes: [
                    .init(
                        pid: 41, cpuSeconds: 0.25, firstSeen: 0, lastSeen: 0.5,
                        peakRSSBytes: 2 << 20,
                        threads: 1)
                ],
                cpuSeconds: 0.25))
        return result
    }

    static func render() throws -> [String: [UInt8]] {
        let text = "# Page\n\n```python run id=demo\nprint(1)\n```\n"
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64", interpreters: [:],
            cpuModel: "Test CPU", loadBefore: 0.25,
            interpreterFacts: [
                .python(
                    path: "/usr/bin/python3", version: "3.11.2", implementation: "CPython",
                    gil: "on", startMethod: "fork")
            ], date: "2026-01-02")
        return try SiteRenderer.render(
            site: site, results: [result()], machine: machine, generator: "sitegen test")
    }

    @Test func resultsJSONCarriesTheMeasurements() throws {
        let files = try Self.render()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(files["results.json"]!)) as? [String: Any])
        #expect(json["schema"] as? Int == 4)
        let machine = try #require(json["machine"] as? [String: Any])
        #expect(
            machine["cpu_model"] as? String == "Test CPU"
                && machine["date"] as? String == "2026-01-02")
        #expect((machine["python"] as? [String: Any])?["start_method"] as? String == "fork")
        let example = try #require((json["examples"] as? [[String: Any]])?.first)
        #expect(example["wall_s"] as? Double == 0.5)
        #expect(
            (example["runs"] as? [[String: Any]])?.map { $0["wall_s"] as? Double } == [
                0.5, 0.4, 0.6,
            ])
        let wall = try #require((example["stats"] as? [String: Any])?["wall_s"] as? [String: Any])
        #expect(wall["median"] as? Double == 0.5 && wall["min"] as? Double == 0.4)
        #expect((example["warnings"] as? [[String: Any]])?.first?["kind"] as? String == "too_short")
        #expect((example["events"] as? [[String: Any]])?.first?["method"] as? String == "fork")
        #expect((example["cpu_trace"] as? [[String: Any]])?.last?["cores"] as? Double == 1.5)
        let lines = try #require(example["lines"] as? [[String: Any]])
        #expect(lines[0]["pid"] as? Int == 42 && lines[0]["process"] as? String == "Worker-1")
        #expect(lines[1]["pid"] is NSNull && lines[1]["thread"] is NSNull)
    }

    @Test func pageShowsStatsWorkersWarningsAndMachine() throws {
        let html = String(decoding: try Self.render()["page.html"]!, as: UTF8.self)
        #expect(html.contains("3 measured runs after 1 warm-up run"))
        #expect(
            html.contains(
                #"<td class="num" data-label="median">500.0 ms</td><td class="num" data-label="min – max">400.0 ms – 600.0 ms</td>"#
            ))
        #expect(html.contains("tree&#39;s summed RSS") || html.contains("tree's summed RSS"))
        #expect(html.contains("<tr class=\"stdout worker-1\">"))
        #expect(html.contains("(not attributed)"))
        #expect(html.contains("data-kind=\"too_short\""))
        #expect(html.contains(">T</text>") && html.contains(">unattributed</text>"))
        #expect(html.contains("<dt>multiprocessing start method</dt><dd>fork</dd>"))
        #expect(html.contains("<dd>2026-01-02</dd>"))
    }
}
