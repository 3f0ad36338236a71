/// An inline SVG of when each output line arrived: one lane per source, a mark per line.
struct TimelineChart: ChartDrawable, Sendable {
    struct Lane: Sendable, Hashable {
        var label: String
        /// Seconds since start, with the line's text for its tooltip.
        var marks: [(time: Double, text: String)]
        static func == (a: Lane, b: Lane) -> Bool {
            a.label == b.label && a.marks.map(\.time) == b.marks.map(\.time)
                && a.marks.map(\.text) == b.marks.map(\.text)
        }
        func hash(into hasher: inout Hasher) { hasher.combine(label) }
    }

    var title: String
    var lanes: [Lane]
    /// Seconds the run lasted: the end of the time axis.
    var duration: Double

    var width = ChartWidth.wide
    var shared: ChartExtent?
    /// Seconds to the right.
    var extent: ChartExtent { ChartExtent(x: duration) }

    init(title: String, lanes: [Lane], duration: Double) {
        self.title = title
        self.lanes = lanes
        self.duration = duration
    }

    static let left = 110.0
    static let right = 20.0
    static let top = 14.0
    static let laneHeight = 28.0
    static let axisHeight = 36.0

    var svg: Node {
        let plotWidth = width - Self.left - Self.right
        let milliseconds = max(duration * 1000, 1)
        let ticks = SVGFormat.ticks(upTo: milliseconds)
        let axisEnd = ticks.last ?? milliseconds
        let height = Self.top + Double(lanes.count) * Self.laneHeight + Self.axisHeight
        func x(_ ms: Double) -> String { SVGFormat.number(Self.left + ms / axisEnd * plotWidth) }
        let count = lanes.reduce(0) { $0 + $1.marks.count }

        var children: [Node] = [
            .el("title", text: title),
            .el(
                "desc",
                text:
                    "Timeline of \(count) output lines over \(SVGFormat.number(milliseconds, digits: 0)) ms, one row per "
                    + (lanes.map(\.label).joined(separator: ", "))),
        ]
        for (row, lane) in lanes.enumerated() {
            let y = Self.top + Double(row) * Self.laneHeight
            let middle = SVGFormat.number(y + Self.laneHeight / 2)
            children.append(
                .void(
                    "rect",
                    [
                        ("class", "lane lane-\(row % 6)"), ("x", SVGFormat.number(Self.left)),
                        ("y", SVGFormat.number(y + 4)), ("width", SVGFormat.number(plotWidth)),
                        ("height", SVGFormat.number(Self.laneHeight - 8)),
                    ]))
            children.append(
                .el(
                    "text",
                    [
                        ("class", "label"), ("x", SVGFormat.number(Self.left - 8)), ("y", middle),
                        ("dy", "0.35em"), ("text-anchor", "end"),
                    ], text: lane.label))
            for mark in lane.marks {
                let ms = mark.time * 1000
                children.append(
                    .el(
                        "line",
                        [
                            ("class", "mark mark-\(row % 6)"), ("x1", x(ms)), ("x2", x(ms)),
                            ("y1", SVGFormat.number(y + 6)),
                            ("y2", SVGFormat.number(y + Self.laneHeight - 6)),
                        ],
                        [.el("title", text: "\(SVGFormat.number(ms, digits: 1)) ms — \(mark.text)")]
                    ))
            }
        }
        let axisY = Self.top + Double(lanes.count) * Self.laneHeight
        children.append(
            .void(
                "line",
                [
                    ("class", "axis"), ("x1", x(0)), ("x2", x(axisEnd)),
                    ("y1", SVGFormat.number(axisY)), ("y2", SVGFormat.number(axisY)),
                ]))
        for tick in ticks {
            children.append(
                .void(
                    "line",
                    [
                        ("class", "axis"), ("x1", x(tick)), ("x2", x(tick)),
                        ("y1", SVGFormat.number(axisY)), ("y2", SVGFormat.number(axisY + 4)),
                    ]))
            children.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", x(tick)), ("y", SVGFormat.number(axisY + 16)),
                        ("text-anchor", "middle"),
                    ], text: SVGFormat.number(tick, digits: 0)))
        }
        children.append(
            .el(
                "text",
                [
                    ("class", "axis-label"), ("x", SVGFormat.number(Self.left + plotWidth / 2)),
                    ("y", SVGFormat.number(height - 4)), ("text-anchor", "middle"),
                ], text: "milliseconds since the program started"))
        return .el(
            "svg",
            [
                ("class", "chart timeline"), ("role", "img"),
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", "0 0 \(SVGFormat.number(width)) \(SVGFormat.number(height))"),
                ("width", SVGFormat.number(width)), ("height", SVGFormat.number(height)),
            ], children)
    }
}
