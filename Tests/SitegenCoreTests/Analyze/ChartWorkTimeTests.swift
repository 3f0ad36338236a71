import Testing

@testable import SitegenCore

/// `time=work` on a chart: the work alone, said on the chart (issue 23).
@Suite struct ChartWorkTimeTests {
    static func block(_ info: String) throws -> CodeBlock {
        CodeBlock(
            infoString: info, info: try FenceInfoParser.parse(info), code: "",
            location: SourceLocation(file: "p.md", line: 7))
    }

    static let examples = ["a", "b"].map {
        Example(
            id: $0, page: "p.html", language: "python", code: "pass",
            location: SourceLocation(file: "p.md", line: 1), timeout: 5)
    }

    @Test func timeIsWallUnlessTheFenceSaysWork() throws {
        let plain = try ChartSpecParser.parse(
            try Self.block("chart kind=comparison examples=\"a,b\""), examples: Self.examples)
        #expect(plain.time == .wall)
        let work = try ChartSpecParser.parse(
            try Self.block("chart kind=comparison examples=\"a,b\" time=work"),
            examples: Self.examples)
        #expect(work.time == .work)
        do {
            _ = try ChartSpecParser.parse(
                try Self.block("chart kind=memory examples=\"a,b\" time=work"),
                examples: Self.examples)
            Issue.record("time=work accepted on a memory chart")
        } catch let error as SitegenError {
            #expect(error.description.hasPrefix("p.md:7: time=work does not fit a memory chart"))
        }
    }

    @Test func aWorkChartComparesTheWorkAndSaysSo() throws {
        let spec = try ChartSpecParser.parse(
            try Self.block("chart kind=comparison examples=\"a,b\" time=work"),
            examples: Self.examples)
        // Whole processes 0.30 s against 0.20 s: 1.5×; less 0.10 s of start-up, 0.20 against
        // 0.10 s: 2×.
        let index = ResultIndex([
            MeasuredResult.make("a", walls: [0.30, 0.30, 0.30]),
            MeasuredResult.make("b", walls: [0.20, 0.20, 0.20]),
        ])
        let startup = StartupTime(
            language: "python", interpreter: "/usr/bin/python3", walls: [0.10, 0.10, 0.10])
        let groups = ChartAnalyzer.groups(spec, index, startups: [startup])
        #expect(groups.map { $0.map(\.stats.wall.median) } == [[0.30 - 0.10], [0.20 - 0.10]])
        let finding = ChartAnalyzer.finding(spec, index, rule: .interval, startups: [startup])
        #expect(
            finding.sentences.first
                == "Times are work (time=work): each run's wall time less its interpreter's start-up, the median of an empty program (python 100.0 ms)."
        )
        let none = ChartAnalyzer.finding(spec, index, rule: .interval, startups: nil)
        #expect(none.sentences.first?.hasPrefix("Times are whole-process wall times") == true)
    }
}
