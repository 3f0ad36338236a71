/// Cores busy over time for several runs on shared axes, with the available cores as a dashed line.
struct CPUTraceChart: Chart, Hashable {
    /// One sample: at `time` seconds since start, the tree used `cores` cores' worth of CPU.
    struct Sample: Sendable, Hashable {
        var time: Double
        var cores: Double
    }

    /// One run, e.g. "2 threads" or "2 processes".
    struct Series: Sendable, Hashable {
        var label: String
        var samples: [Sample]
        /// The colour slot of the run's model (`SitePalette`).
        var slot: Int
        init(label: String, samples: [Sample], slot: Int = 0) {
            self.label = label
            self.samples = samples
            self.slot = slot
        }
    }

    /// A tree cannot keep more cores busy than the machine lets it use: a sample above that comes
    /// from the sampler's 10 ms intervals not lining up with the kernel's accounting (CPU counted
    /// in one interval that ran in the one before), so it is drawn at the limit.
    static func clamped(_ cores: Double, available: Int) -> Double {
        available > 0 ? min(cores, Double(available)) : cores
    }

    var title: String
    var series: [Series]
    var availableCores: Int
    var width = ChartWidth.wide
    var shared: ChartExtent?

    /// Time to the right, cores busy (at least the cores available) up.
    var extent: ChartExtent {
        let samples = series.flatMap(\.samples)
        return ChartExtent(
            x: samples.map(\.time).max() ?? 0,
            y: max(samples.map(\.cores).max() ?? 0, Double(availableCores)))
    }

    init(title: String, series: [Series], availableCores: Int) {
        self.title = title
        self.series = series
        self.availableCores = availableCores
    }

    var svg: Node {
        var area = PlotArea(width: width, height: 300, left: 60)
        let legend = area.legend(
            series.map { PlotArea.LegendEntry(label: $0.label, mark: .line(slot: $0.slot)) }
                + [.init(label: Self.coresText(availableCores), mark: .reference(kind: "cores"))])
        area.top = legend.height + 6
        area.height = area.top + 260
        let end = max(extent.x, shared?.x ?? 0, 0.001)
        let (x, xTicks) = LinearScale.zeroBased(upTo: end, from: area.plotLeft, to: area.plotRight)
        let top = max(extent.y, shared?.y ?? 0) * 1.1
        let (y, yTicks) = LinearScale.zeroBased(
            upTo: top, from: area.plotBottom, to: area.plotTop, count: 4)
        var children = legend.nodes
        children += area.yAxis(ticks: yTicks, at: y.callAsFunction, label: "cores busy")
        children += area.xAxis(
            ticks: xTicks, at: x.callAsFunction, label: "seconds since the program started")
        let coresY = y(Double(availableCores))
        children.append(area.line("cores", area.plotLeft, coresY, area.plotRight, coresY))
        for line in series {
            let points = line.samples.map { "\(n(x($0.time))),\(n(y($0.cores)))" }.joined(
                separator: " ")
            children.append(
                .el(
                    "polyline", [("class", "line series-\(line.slot)"), ("points", points)],
                    [
                        .el(
                            "title",
                            text:
                                "\(line.label): peak \(fixed(peak(line))) cores, mean \(fixed(mean(line)))"
                        )
                    ]))
        }
        return area.svg(
            kind: "cpu-trace", title: title,
            desc: "Cores busy over time, \(availableCores) available. "
                + series.map {
                    "\($0.label): peak \(fixed(peak($0))), mean \(fixed(mean($0))) cores"
                }.joined(separator: "; ") + ".",
            children)
    }

    var dataTable: Node {
        ChartTable.node(
            caption: "\(title) (\(availableCores) cores available)",
            headers: ["Run", "Samples", "Duration (s)", "Mean cores busy", "Peak cores busy"],
            rows: series.map {
                [
                    $0.label, String($0.samples.count),
                    ChartTable.fixed($0.samples.last?.time ?? 0), fixed(mean($0)), fixed(peak($0)),
                ]
            })
    }

    static func coresText(_ cores: Int) -> String {
        "\(cores) \(cores == 1 ? "core" : "cores") available"
    }

    private func peak(_ line: Series) -> Double { line.samples.map(\.cores).max() ?? 0 }
    private func mean(_ line: Series) -> Double {
        line.samples.isEmpty
            ? 0 : line.samples.reduce(0) { $0 + $1.cores } / Double(line.samples.count)
    }
    private func fixed(_ value: Double) -> String { ChartTable.fixed(value, digits: 2) }
    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
