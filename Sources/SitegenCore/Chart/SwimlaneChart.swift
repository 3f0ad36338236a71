/// One lane per worker (process or thread): its lifetime as a bar and a mark per line it printed.
struct SwimlaneChart: Chart, Hashable {
    /// One line of output, seconds since the example started.
    struct Mark: Sendable, Hashable {
        var time: Double
        var text: String
    }

    /// One worker, e.g. "MainProcess / MainThread" or "Process-1 (pid 1234)".
    struct Lane: Sendable, Hashable {
        var label: String
        /// Seconds since start when the worker began and ended.
        var start: Double
        var end: Double
        var marks: [Mark]
        /// The worker's colour slot (`WorkerColours`), shared with the line table.
        var slot: Int
        init(label: String, start: Double, end: Double, marks: [Mark], slot: Int = 0) {
            self.label = label
            self.start = start
            self.end = end
            self.marks = marks
            self.slot = slot
        }
    }

    var title: String
    var lanes: [Lane]
    /// Seconds the run lasted: the end of the time axis.
    var duration: Double

    /// The SVG's width in user units: 720, or less for a chart drawn in a column.
    var width = 720.0
    var shared: ChartExtent?
    /// Seconds to the right.
    var extent: ChartExtent { ChartExtent(x: duration) }

    init(title: String, lanes: [Lane], duration: Double, width: Double = 720) {
        self.title = title
        self.lanes = lanes
        self.duration = duration
        self.width = width
    }

    static let laneHeight = 28.0

    var svg: Node {
        var area = PlotArea(
            width: width, height: 0, left: PlotArea.leftMargin(fitting: lanes.map(\.label)))
        area.height = area.top + Double(lanes.count) * Self.laneHeight + area.bottom
        let end = max(duration, lanes.map(\.end).max() ?? 0, 0.001)
        let (x, ticks) = LinearScale.zeroBased(upTo: end, from: area.plotLeft, to: area.plotRight)
        var children: [Node] = []
        for (row, lane) in lanes.enumerated() {
            let y = area.top + Double(row) * Self.laneHeight
            let series = "series-\(lane.slot)"
            children.append(
                .void(
                    "rect",
                    [
                        ("class", "lane"), ("x", n(area.plotLeft)), ("y", n(y + 2)),
                        ("width", n(area.plotRight - area.plotLeft)),
                        ("height", n(Self.laneHeight - 4)),
                    ]))
            children.append(
                .el(
                    "text",
                    [
                        ("class", "label"), ("x", n(area.plotLeft - 8)),
                        ("y", n(y + Self.laneHeight / 2)), ("dy", "0.35em"), ("text-anchor", "end"),
                    ],
                    text: lane.label))
            children.append(
                .el(
                    "rect",
                    [
                        ("class", "life \(series)"), ("x", n(x(lane.start))), ("y", n(y + 10)),
                        ("width", n(max(x(lane.end) - x(lane.start), 1))),
                        ("height", n(Self.laneHeight - 20)),
                    ],
                    [
                        .el(
                            "title",
                            text: "\(lane.label): \(seconds(lane.start)) → \(seconds(lane.end))")
                    ]))
            for mark in lane.marks {
                children.append(
                    .el(
                        "line",
                        [
                            ("class", "mark \(series)"), ("x1", n(x(mark.time))), ("y1", n(y + 5)),
                            ("x2", n(x(mark.time))), ("y2", n(y + Self.laneHeight - 5)),
                        ], [.el("title", text: "\(seconds(mark.time)) — \(mark.text)")]))
            }
        }
        children += area.xAxis(
            ticks: ticks, at: x.callAsFunction, label: "seconds since the program started")
        let lines = lanes.reduce(0) { $0 + $1.marks.count }
        return area.svg(
            kind: "swimlane", title: title,
            desc: "\(lanes.count) \(lanes.count == 1 ? "worker" : "workers") over \(seconds(end)), "
                + "\(lines) output \(lines == 1 ? "line" : "lines"): "
                + lanes.map { "\($0.label) from \(seconds($0.start)) to \(seconds($0.end))" }
                .joined(separator: "; "),
            children)
    }

    /// Every start, line and end in time order.
    var dataTable: Node {
        var events: [(time: Double, order: Int, row: [String])] = []
        for (index, lane) in lanes.enumerated() {
            events.append(
                (lane.start, index * 3, [lane.label, ChartTable.fixed(lane.start), "started"]))
            for mark in lane.marks {
                events.append(
                    (
                        mark.time, index * 3 + 1,
                        [lane.label, ChartTable.fixed(mark.time), mark.text]
                    ))
            }
            events.append(
                (lane.end, index * 3 + 2, [lane.label, ChartTable.fixed(lane.end), "ended"]))
        }
        let sorted = events.enumerated().sorted {
            ($0.element.time, $0.element.order, $0.offset) < (
                $1.element.time, $1.element.order, $1.offset
            )
        }
        return ChartTable.node(
            caption: title, headers: ["Worker", "Time (s)", "Event or line"],
            rows: sorted.map(\.element.row),
            textColumns: [2])
    }

    private func seconds(_ value: Double) -> String { ChartTable.fixed(value) + " s" }
    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
