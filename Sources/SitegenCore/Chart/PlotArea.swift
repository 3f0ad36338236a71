/// A chart's canvas: the plot rectangle inside its margins, and the frame, axes and legend around it.
struct PlotArea: Sendable, Hashable {
    var width = 720.0
    var height: Double
    var left: Double
    var right = 24.0
    var top = 16.0
    var bottom = 44.0

    var plotLeft: Double { left }
    var plotRight: Double { width - right }
    var plotTop: Double { top }
    var plotBottom: Double { height - bottom }

    /// The `<svg>` element with its accessible name and description first.
    func svg(kind: String, title: String, desc: String, _ children: [Node]) -> Node {
        .el(
            "svg",
            [
                ("class", "chart \(kind)"), ("role", "img"),
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", "0 0 \(n(width)) \(n(height))"), ("width", n(width)),
                ("height", n(height)),
            ],
            [.el("title", text: title), .el("desc", text: desc)] + children)
    }

    /// The bottom axis: a base line, a tick and label per value, and the axis title with its unit.
    func xAxis(ticks: [Double], at x: (Double) -> Double, label: String) -> [Node] {
        let y = plotBottom
        var nodes: [Node] = [line("axis", plotLeft, y, plotRight, y)]
        for tick in ticks {
            nodes.append(line("axis", x(tick), y, x(tick), y + 4))
            nodes.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", n(x(tick))), ("y", n(y + 16)),
                        ("text-anchor", "middle"),
                    ],
                    text: SVGFormat.number(tick, digits: 3)))
        }
        nodes.append(
            .el(
                "text",
                [
                    ("class", "axis-label"), ("x", n((plotLeft + plotRight) / 2)),
                    ("y", n(height - 6)),
                    ("text-anchor", "middle"),
                ], text: label))
        return nodes
    }

    /// The left axis: a base line, a tick, label and faint grid line per value, and a rotated title.
    func yAxis(ticks: [Double], at y: (Double) -> Double, label: String) -> [Node] {
        var nodes: [Node] = [line("axis", plotLeft, plotTop, plotLeft, plotBottom)]
        for tick in ticks {
            nodes.append(line("grid", plotLeft, y(tick), plotRight, y(tick)))
            nodes.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", n(plotLeft - 6)), ("y", n(y(tick))),
                        ("dy", "0.35em"), ("text-anchor", "end"),
                    ],
                    text: SVGFormat.number(tick, digits: 3)))
        }
        let middle = n((plotTop + plotBottom) / 2)
        nodes.append(
            .el(
                "text",
                [
                    ("class", "axis-label"), ("x", "14"), ("y", middle), ("text-anchor", "middle"),
                    ("transform", "rotate(-90 14 \(middle))"),
                ], text: label))
        return nodes
    }

    /// One swatch and label per series, in a row above the plot.
    func legend(_ labels: [String], y: Double = 12) -> [Node] {
        labels.enumerated().map { index, label in
            let x = plotLeft + Double(index) * 130
            return .el(
                "g", [("class", "legend series-\(index % 6)")],
                [
                    .void(
                        "rect",
                        [
                            ("class", "swatch"), ("x", n(x)), ("y", n(y - 8)), ("width", "10"),
                            ("height", "10"),
                        ]),
                    .el("text", [("x", n(x + 14)), ("y", n(y + 1))], text: label),
                ])
        }
    }

    /// A `<line>` with a class, coordinates in fixed digits.
    func line(_ kind: String, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Node {
        .void(
            "line", [("class", kind), ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2))])
    }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
