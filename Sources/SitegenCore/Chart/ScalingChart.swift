import Foundation

/// Speedup against a swept parameter (workers, threads, …) per model, with the ideal (speedup =
/// the parameter) and the available cores.
public struct ScalingChart: Chart, Hashable {
    /// One configuration: `workers` workers ran `speedup` times as fast as one worker.
    public struct Point: Sendable, Hashable {
        public var workers: Int
        public var speedup: Double
        public init(workers: Int, speedup: Double) {
            self.workers = workers
            self.speedup = speedup
        }
    }

    /// One model (threads, processes, …) over the sweep.
    public struct Series: Sendable, Hashable {
        public var label: String
        public var points: [Point]
        public init(label: String, points: [Point]) {
            self.label = label
            self.points = points.sorted { $0.workers < $1.workers }
        }

        /// Speedups from median wall times by worker count: time(1 worker) / time(n workers).
        public init(label: String, medianSeconds: [Int: Double]) {
            let base = medianSeconds[1] ?? 0
            let points = medianSeconds.compactMap { workers, seconds in
                seconds > 0 && base > 0 ? Point(workers: workers, speedup: base / seconds) : nil
            }
            self.init(label: label, points: points)
        }
    }

    public var title: String
    public var series: [Series]
    public var availableCores: Int
    /// The swept parameter on the x axis (`x=` of the chart fence), e.g. `workers` or `threads`.
    public var parameter: String

    public init(title: String, series: [Series], availableCores: Int, parameter: String) {
        self.title = title
        self.series = series
        self.availableCores = availableCores
        self.parameter = parameter
    }

    /// "threads=1".
    private func one(_ value: Int) -> String { "\(parameter)=\(value)" }

    public var svg: Node {
        let area = PlotArea(height: 340, left: 60, top: 30)
        let allPoints = series.flatMap(\.points)
        let maxWorkers = Double(max(allPoints.map(\.workers).max() ?? 1, availableCores, 2))
        let x = Log2Scale(domain: 1...maxWorkers, start: area.plotLeft, end: area.plotRight)
        let top = max(allPoints.map(\.speedup).max() ?? 1, Double(availableCores)) * 1.1
        let (y, yTicks) = LinearScale.zeroBased(upTo: top, from: area.plotBottom, to: area.plotTop)
        let yMax = y.domain.upperBound
        let keyX = area.plotLeft + Double(series.count) * 130
        var children = area.legend(series.map(\.label))
        children.append(
            .el(
                "g", [("class", "legend")],
                [
                    area.line("ideal", keyX, 8, keyX + 18, 8),
                    .el(
                        "text", [("x", n(keyX + 22)), ("y", "13")],
                        text: "ideal (speedup = \(parameter))"),
                ]))
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
        let coresX = x(Double(availableCores))
        children.append(area.line("cores", coresX, area.plotTop, coresX, area.plotBottom))
        children.append(
            .el(
                "text",
                [("class", "cores-label"), ("x", n(coresX + 4)), ("y", n(area.plotBottom - 6))],
                text: "\(availableCores) \(availableCores == 1 ? "core" : "cores") available"))
        for (index, line) in series.enumerated() {
            let points = line.points.map { "\(n(x(Double($0.workers)))),\(n(y($0.speedup)))" }
            var nodes: [Node] = [
                .void("polyline", [("class", "line"), ("points", points.joined(separator: " "))])
            ]
            for point in line.points {
                nodes.append(
                    .el(
                        "circle",
                        [
                            ("class", "point"), ("cx", n(x(Double(point.workers)))),
                            ("cy", n(y(point.speedup))), ("r", "4"),
                        ],
                        [
                            .el(
                                "title",
                                text:
                                    "\(line.label), \(one(point.workers)): \(ChartTable.fixed(point.speedup, digits: 2))× speedup"
                            )
                        ]))
            }
            children.append(.el("g", [("class", "series series-\(index % 6)")], nodes))
        }
        return area.svg(
            kind: "scaling", title: title,
            desc:
                "Speedup over \(one(1)) against \(parameter), with the ideal line and \(availableCores) available cores marked. "
                + series.map { line in
                    line.label + ": "
                        + line.points.map {
                            "\($0.workers) → \(ChartTable.fixed($0.speedup, digits: 2))×"
                        }.joined(separator: ", ")
                }.joined(separator: "; ") + ".",
            children)
    }

    public var dataTable: Node {
        ChartTable.node(
            caption: "\(title) (\(availableCores) cores available)",
            headers: [
                "Model", parameter.prefix(1).uppercased() + parameter.dropFirst(), "Speedup (×)",
                "Ideal (×)",
            ],
            rows: series.flatMap { line in
                line.points.map {
                    [
                        line.label, String($0.workers), ChartTable.fixed($0.speedup, digits: 2),
                        ChartTable.fixed(Double($0.workers), digits: 2),
                    ]
                }
            })
    }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
