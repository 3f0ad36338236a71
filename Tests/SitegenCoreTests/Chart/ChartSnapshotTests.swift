import Testing

@testable import SitegenCore

/// One golden SVG (and its data table) per chart kind; re-record with `SNAPSHOT_RECORD=1`.
@Suite struct ChartSnapshotTests {
    /// One tag per line, so a golden file's diff is readable.
    static func lines(_ node: Node) -> String {
        node.rendered.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    static func check(_ chart: some Chart, _ name: String) {
        assertSnapshot(lines(chart.svg), named: "\(name).svg")
        assertSnapshot(lines(chart.dataTable), named: "\(name)-data.html")
    }

    @Test func swimlane() {
        let chart = SwimlaneChart(
            title: "Workers of cpu-processes",
            lanes: [
                .init(
                    label: "MainProcess / MainThread", start: 0, end: 0.82,
                    marks: [
                        .init(time: 0.012, text: "starting 2 workers"),
                        .init(time: 0.8, text: "RESULT {\"total\": 2}"),
                    ]),
                .init(
                    label: "Process-1 (pid 1234)", start: 0.03, end: 0.61,
                    marks: [.init(time: 0.6, text: "worker <1> done")]),
                .init(
                    label: "Process-2 (pid 1235)", start: 0.031, end: 0.64,
                    marks: [.init(time: 0.63, text: "worker 2 done & out")]),
            ], duration: 0.82)
        Self.check(chart, "swimlane")
    }

    @Test func timeSplit() {
        let chart = TimeSplitChart(
            title: "Where each worker's time went",
            groups: [
                .init(
                    label: "threads",
                    workers: [
                        .init(
                            label: "MainThread", running: 0.02, waiting: 0.0, blocked: 0.98,
                            lifetime: 1.31, slot: 0, waitsForChildren: true),
                        .init(
                            label: "Thread-1", running: 0.51, waiting: 0.12, blocked: 0.37,
                            lifetime: 1.29, slot: 1),
                        .init(
                            label: "Thread-2", running: 0.5, waiting: 0.13, blocked: 0.37,
                            lifetime: 1.28, slot: 2),
                    ]),
                .init(
                    label: "processes",
                    workers: [
                        .init(
                            label: "MainProcess", running: 0.04, waiting: 0.01, blocked: 0.95,
                            lifetime: 0.71, slot: 0, waitsForChildren: true),
                        .init(
                            label: "Process-1", running: 0.97, waiting: 0.03, blocked: 0,
                            lifetime: 0.66, slot: 1),
                        .init(
                            label: "Process-2", running: 0.96, waiting: 0.035, blocked: 0.005,
                            lifetime: 0.66, slot: 2),
                    ]),
            ], measure: "median of 5 runs, from the kernel's schedstat")
        Self.check(chart, "timesplit")
        let desc = chart.description
        #expect(
            desc.hasPrefix(
                "Each worker's life (median of 5 runs, from the kernel's schedstat), split into running, waiting for a core and blocked: threads: MainThread (waits for its workers) ran 2 %, waited 0 %, was blocked 98 %; Thread-1 ran 51 %, waited 12 %, was blocked 37 %"
            ))
        #expect(TimeSplitChart.values(chart.groups[0].workers[1]) == "51 / 12 / 37 %")
    }

    @Test func comparison() {
        let chart = ComparisonChart(
            title: "CPU-bound work, 2 workers",
            bars: [
                .init(label: "sequential", median: 0.612, min: 0.598, max: 0.64),
                .init(label: "threads", median: 0.655, min: 0.63, max: 0.701),
                .init(label: "processes", median: 0.341, min: 0.33, max: 0.36),
                .init(label: "thread pool", median: 0.66, min: 0.641, max: 0.69),
                .init(label: "process pool", median: 0.365, min: 0.35, max: 0.39),
            ], runs: 5)
        Self.check(chart, "comparison")
    }

    @Test func scaling() {
        let chart = ScalingChart(
            title: "Strong scaling, CPU-bound",
            series: [
                .init(label: "threads", medianSeconds: [1: 0.6, 2: 0.62, 4: 0.63, 8: 0.65]),
                .init(label: "processes", medianSeconds: [1: 0.62, 2: 0.33, 4: 0.34, 8: 0.36]),
            ], availableCores: 2, parameter: "workers")
        Self.check(chart, "scaling")
    }

    @Test func cpuTrace() {
        let chart = CPUTraceChart(
            title: "Cores busy, CPU-bound, 2 workers",
            series: [
                .init(
                    label: "2 threads",
                    samples: [
                        .init(time: 0, cores: 0.1), .init(time: 0.1, cores: 1.0),
                        .init(time: 0.2, cores: 1.02), .init(time: 0.3, cores: 0.2),
                    ]),
                .init(
                    label: "2 processes",
                    samples: [
                        .init(time: 0, cores: 0.1), .init(time: 0.1, cores: 1.96),
                        .init(time: 0.2, cores: 0.3),
                    ]),
            ], availableCores: 2)
        Self.check(chart, "cpu-trace")
    }

    @Test func memory() {
        let chart = MemoryChart(
            title: "Peak memory, 4 workers",
            bars: [
                .init(label: "threads", peakBytes: 94_371_840),
                .init(label: "processes (fork)", peakBytes: 157_286_400),
                .init(label: "processes (spawn)", peakBytes: 188_743_680),
            ], measure: "summed RSS of the process tree")
        Self.check(chart, "memory")
    }
}
