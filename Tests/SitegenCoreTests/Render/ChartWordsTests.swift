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
        let notice = ChartBlockView.cpuTraceNotice([("threads", 0.04), ("processes", 0.11)])
        #expect(
            notice
                == "Notice that every line stays near 0: each program used almost no CPU; it waited."
        )
        #expect(!notice.contains("1 core or"))
    }

    @Test func aTraceOfComputingProgramsNamesTheCoresEachLineSitsAt() {
        #expect(
            ChartBlockView.cpuTraceNotice([("threads", 0.98), ("processes", 1.684)])
                == "Notice where each line sits: threads at 0.98 cores busy, processes at 1.68 cores busy on average."
        )
    }

    @Test func aComparisonWhereAllRanSlowerSaysSo() {
        let comparison = Comparison(entries: [Self.entry("pipe", 2.0), Self.entry("queue", 3.0)])
        let notice = ChartAnalyzer.comparisonNotice(comparison)
        #expect(notice == "Notice: all measurably slower than sequential: pipe, queue.")
        #expect(!notice.contains("none ran"))
        let same = Comparison(entries: [Self.entry("pipe", 1.0), Self.entry("queue", 1.0)])
        #expect(
            ChartAnalyzer.comparisonNotice(same)
                == "Notice: none differed measurably from sequential, the runs varying more than they differ (pipe, queue)."
        )
    }

    /// A model compared within each configuration of a sweep is named once, not once per size.
    @Test func aSweptModelIsNamedOnce() {
        func entry(_ label: String, _ size: String, _ mean: Double) -> Comparison.Entry {
            Comparison.Entry(
                id: "\(label)@\(size)", label: label, baselineID: "a", baselineLabel: "queue",
                configuration: size, entry: Self.stats(mean, 0.01),
                baseline: Self.stats(1.0, 0.01))
        }
        let comparison = Comparison(entries: [
            entry("pipe", "size=64", 2.0), entry("pipe", "size=4096", 3.0),
            entry("mp.Queue", "size=64", 1.0), entry("mp.Queue", "size=4096", 2.0),
        ])
        #expect(
            ChartAnalyzer.comparisonNotice(comparison)
                == "Notice: measurably slower than queue (each compared within its own configuration): pipe (every configuration), mp.Queue (size=4096); no measurable difference from queue (each compared within its own configuration) (the runs varied more than they differ): mp.Queue (size=64)."
        )
    }

    @Test func aMixedComparisonNamesEachFinding() {
        let comparison = Comparison(entries: [
            Self.entry("threads", 1.0), Self.entry("processes", 0.5), Self.entry("pool", 2.0),
        ])
        #expect(
            ChartAnalyzer.comparisonNotice(comparison)
                == "Notice: measurably faster than sequential: processes; measurably slower than sequential: pool; no measurable difference from sequential (the runs varied more than they differ): threads."
        )
        #expect(
            ChartBlockView.comparisonBrief(comparison)
                == "against sequential: threads: no measurable difference; processes 2.00× as fast; pool 2.00× as long"
        )
    }
}
