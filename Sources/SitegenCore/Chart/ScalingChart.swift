import Foundation

/// Speedup against a swept parameter (workers, threads, …) per model, with the ideal (speedup =
/// the parameter) and, for CPU-bound work, the available cores as dashed grey reference lines.
struct ScalingChart: Chart, Hashable {
    /// One configuration: `workers` workers ran `speedup` times as fast as one worker, likely
    /// between `low` and `high` (the comparison's interval; equal to `speedup` when unknown).
    struct Point: Sendable, Hashable {
        var workers: Int
        var speedup: Double
        var low: Double
        var high: Double
        init(workers: Int, speedup: Double, low: Double? = nil, high: Double? = nil) {
            self.workers = workers
            self.speedup = speedup
            self.low = low ?? speedup
            self.high = high ?? speedup
        }
    }

    /// One model (threads, processes, …) over the sweep.
    struct Series: Sendable, Hashable {
        var label: String
        var points: [Point]
        /// The colour slot of the model (`SitePalette`).
        var slot: Int
        init(label: String, points: [Point], slot: Int = 0) {
            self.label = label
            self.points = points.sorted { $0.workers < $1.workers }
            self.slot = slot
        }

        /// Speedups from median wall times by worker count: time(1 worker) / time(n workers).
        init(label: String, medianSeconds: [Int: Double], slot: Int = 0) {
            let base = medianSeconds[1] ?? 0
            let points = medianSeconds.compactMap { workers, seconds in
                seconds > 0 && base > 0 ? Point(workers: workers, speedup: base / seconds) : nil
            }
            self.init(label: label, points: points, slot: slot)
        }
    }

    var title: String
    var series: [Series]
    /// The cores the build could use, drawn as a reference line; nil for work that cores do not
    /// limit (I/O-bound: waiting needs no core).
    var availableCores: Int?

    /// The swept parameter on the x axis (`x=` of the chart fence), e.g. `workers` or `threads`.
    var parameter: String
    var width = ChartWidth.wide
    var shared: ChartExtent?

    /// The largest swept value to the right, the largest speed-up (or the cores) up.
    var extent: ChartExtent {
        let points = series.flatMap(\.points)
        return ChartExtent(
            x: Double(max(points.map(\.workers).max() ?? 1, availableCores ?? 1, 2)),
            y: max(
                points.map(\.high).max() ?? 1, points.map(\.speedup).max() ?? 1,
                Double(availableCores ?? 1)))
    }

    init(
        title: String, series: [Series], availableCores: Int?, parameter: String
    ) {
        self.title = title
        self.series = series
        self.availableCores = availableCores
        self.parameter = parameter
    }

    /// "threads=1".
    private func one(_ value: Int) -> String { "\(parameter)=\(value)" }

    var svg: Node {
        var area = PlotArea(width: width, height: 340, left: 60)
        var entries = series.map {
            PlotArea.LegendEntry(label: $0.label, mark: .line(slot: $0.slot))
        }
        entries.append(
            .init(label: "ideal: \(parameter)=n, n × as fast", mark: .reference(kind: "ideal")))
        if let cores = availableCores {
            entries.append(.init(label: Self.coresText(cores), mark: .reference(kind: "cores")))
        }
        let legend = area.legend(entries)
        area.top = legend.height + 6
        area.height = area.top + 290
        let maxWorkers = max(extent.x, shared?.x ?? 0)
        let x = Log2Scale(domain: 1...maxWorkers, start: area.plotLeft, end: area.plotRight)
        let top = max(extent.y, shared?.y ?? 0) * 1.1
        let (y, yTicks) = LinearScale.zeroBased(upTo: top, from: area.plotBottom, to: area.plotTop)
        let yMax = y.domain.upperBound
        var children = legend.nodes
        children += area.yAxis(
            ticks: yTicks, at: y.callAsFunction, label: "speedup over \(one(1)) (×)")
        children += area.xAxis(
            ticks: x.ticks, at: x.callAsFunction, label: "\(parameter) (log₂ scale)")
        // speedup = workers is a curve on a log x axis: sample it finely, stopping at the plot's top.
        let idealEnd = min(maxWorkers, yMax)
        let steps = Int((log2(idealEnd) * 16).rounded(.up))
        let ideal = (0...max(steps, 1)).map { step in
            let workers = min(pow(2, Double(step) / 16), idealEnd)
            return "\(n(x(workers))),\(n(y(workers)))"
        }
        children.append(
            .void("polyline", [("class", "ideal"), ("points", ideal.joined(separator: " "))]))
        if let cores = availableCores {
            let coresX = x(Double(cores))
            children.append(area.line("cores", coresX, area.plotTop, coresX, area.plotBottom))
        }
        for line in series {
            let points = line.points.map { "\(n(x(Double($0.workers)))),\(n(y($0.speedup)))" }
            var nodes: [Node] = [
                .void("polyline", [("class", "line"), ("points", points.joined(separator: " "))])
            ]
            for point in line.points {
                let px = x(Double(point.workers))
                if point.high > point.low {
                    nodes.append(area.line("interval", px, y(point.low), px, y(point.high)))
                }
                nodes.append(
                    .el(
                        "circle",
                        [
                            ("class", "point"), ("cx", n(px)), ("cy", n(y(point.speedup))),
                            ("r", "4"),
                        ],
                        [
                            .el(
                                "title",
                                text:
                                    "\(line.label), \(one(point.workers)): \(ChartTable.fixed(point.speedup, digits: 2))× speedup"
                            )
                        ]))
            }
            children.append(.el("g", [("class", "series series-\(line.slot)")], nodes))
        }
        let cores = availableCores.map { ", and the \(Self.coresText($0)) marked" } ?? ""
        return area.svg(
            kind: "scaling", title: title,
            desc:
                "Speedup over \(one(1)) against \(parameter), with the ideal line\(cores). "
                + series.map { line in
                    line.label + ": "
                        + line.points.map {
                            "\($0.workers) → \(ChartTable.fixed($0.speedup, digits: 2))×"
                        }.joined(separator: ", ")
                }.joined(separator: "; ") + ".",
            children)
    }

    var dataTable: Node {
        let cores = availableCores.map { " (\(Self.coresText($0)))" } ?? ""
        return ChartTable.node(
            caption: "\(title)\(cores)",
            headers: [
                "Model", parameter.prefix(1).uppercased() + parameter.dropFirst(), "Speedup (×)",
                "95 % CI (×)", "Ideal (×)",
            ],
            rows: series.flatMap { line in
                line.points.map {
                    [
                        line.label, String($0.workers), ChartTable.fixed($0.speedup, digits: 2),
                        "\(ChartTable.fixed($0.low, digits: 2))–\(ChartTable.fixed($0.high, digits: 2))",
                        ChartTable.fixed(Double($0.workers), digits: 2),
                    ]
                }
            })
    }

    static func coresText(_ cores: Int) -> String {
        "\(cores) \(cores == 1 ? "core" : "cores") available"
    }

    static func workers(_ count: Int) -> String { count == 1 ? "1 worker" : "\(count) workers" }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
