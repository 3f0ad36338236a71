import Testing

@testable import SitegenCore

@Suite struct ChartScaleTests {
    @Test func linearScaleMapsEndsAndMiddle() {
        let scale = LinearScale(domain: 0...2, start: 100, end: 300)
        #expect(scale(0) == 100)
        #expect(scale(1) == 200)
        #expect(scale(2) == 300)
    }

    @Test func linearScaleCanRunUpwards() {
        let scale = LinearScale(domain: 0...4, start: 250, end: 50)
        #expect(scale(1) == 200)
        #expect(scale(4) == 50)
    }

    @Test func zeroBasedScaleEndsOnANiceTick() {
        let (scale, ticks) = LinearScale.zeroBased(upTo: 0.53, from: 0, to: 100)
        #expect(ticks.map { SVGFormat.number($0, digits: 3) } == ["0", "0.2", "0.4", "0.6"])
        #expect(scale.domain.upperBound == ticks.last)
        #expect(SVGFormat.number(scale(0.3)) == "50")
    }

    @Test(arguments: [
        (1.0, ["0", "0.2", "0.4", "0.6", "0.8", "1"]),
        (2.2, ["0", "0.5", "1", "1.5", "2", "2.5"]),
        (7.0, ["0", "2", "4", "6", "8"]),
        (160.0, ["0", "50", "100", "150", "200"]),
    ])
    func niceTicks(maximum: Double, expected: [String]) {
        #expect(SVGFormat.ticks(upTo: maximum).map { SVGFormat.number($0, digits: 3) } == expected)
    }

    @Test func log2ScaleSpacesPowersOfTwoEvenly() {
        let scale = Log2Scale(domain: 1...8, start: 0, end: 300)
        #expect(scale.ticks == [1, 2, 4, 8])
        #expect(scale(1) == 0)
        #expect(scale(2) == 100)
        #expect(scale(4) == 200)
        #expect(scale(8) == 300)
    }

    @Test func fixedDigitsKeepTrailingZeros() {
        #expect(ChartTable.fixed(0.5) == "0.500")
        #expect(ChartTable.fixed(1.2345, digits: 2) == "1.23")
        #expect(ChartTable.fixed(-0.0004) == "0.000")
        #expect(MemoryChart.format(20_971_520) == "20.0 MiB")
    }

    @Test func speedupsComeFromTheOneWorkerTime() {
        let series = ScalingChart.Series(label: "p", medianSeconds: [4: 0.25, 1: 1.0, 2: 0.5])
        #expect(
            series.points == [
                .init(workers: 1, speedup: 1), .init(workers: 2, speedup: 2),
                .init(workers: 4, speedup: 4),
            ])
    }

    @Test func everyChartHasAnAccessibleNameAndTable() {
        let chart = ComparisonChart(
            title: "T <1>", bars: [.init(label: "a", median: 1, min: 1, max: 1)], runs: 1)
        let svg = chart.svg.rendered
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>T &lt;1&gt;</title><desc>"))
        #expect(
            chart.dataTable.rendered.hasPrefix(
                "<details class=\"chart-data\"><summary>Data</summary><table>"))
    }
}
