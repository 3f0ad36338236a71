import Testing

@testable import SitegenCore

/// A chart's words come from its kind and its data: what to notice in a CPU trace from where
/// its lines sit, a comparison's notice naming every finding, and a folded panel's line.
@Suite struct ChartWordsTests {
    static func stats(_ mean: Double, _ sd: Double) -> SampleStats {
        SampleStats(
            median: mean, mean: mean, stddev: sd, min: mean - sd, max: mean + sd, count: 10)
    }

    static func entry(_ label: String, _ mean: Double) -> Comparison.Entry {
        Comparison.Entry(
            id: label, label: label, baselineID: "a", baselineLabel: "sequential",
            entry: stats(mean, 0.01), baseline: stats(1.0, 0.01))
    }

    @Test func aTraceOfWaitingProgramsSaysItsLinesStayAtZero() {
        let notice = ChartBlockView.cpuTraceNotice([("threads", 0), ("processes", 0)])
        #expect(
            notice
                == "Notice that every line stays near 0: each program spent its time waiting, not computing."
        )
        #expect(!notice.contains("1 core or"))
    }

    @Test func aTraceOfComputingProgramsNamesTheCoresEachLineSitsAt() {
        #expect(
            ChartBlockView.cpuTraceNotice([("threads", 1), ("processes", 2)])
                == "Notice where each line sits: threads near 1 core, processes near 2 cores.")
    }

    @Test func aComparisonWhereAllRanSlowerSaysSo() {
        let comparison = Comparison(entries: [Self.entry("pipe", 2.0), Self.entry("queue", 3.0)])
        let notice = ChartAnalyzer.comparisonNotice(comparison)
        #expect(notice == "Notice: all measurably slower than sequential: pipe, queue.")
        #expect(!notice.contains("none ran"))
    }

    @Test func aMixedComparisonNamesEachFinding() {
        let comparison = Comparison(entries: [
            Self.entry("threads", 1.0), Self.entry("processes", 0.5), Self.entry("pool", 2.0),
        ])
        #expect(
            ChartAnalyzer.comparisonNotice(comparison)
                == "Notice: measurably faster than sequential: processes; measurably slower than sequential: pool; no measurable difference from sequential: threads."
        )
        #expect(
            ChartBlockView.comparisonBrief(comparison)
                == "against sequential: threads: no measurable difference; processes 2.00× as fast; pool 2.00× as long"
        )
    }
}
