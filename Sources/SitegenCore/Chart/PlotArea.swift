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
                ("class", width < 720 ? "chart \(kind) narrow" : "chart \(kind)"), ("role", "img"),
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

    /// A legend entry: a series (a filled box for bars, a line for data lines, in its colour
    /// slot) or a reference line (dashed grey, drawn with the reference's own class).
    struct LegendEntry: Sendable, Hashable {
        enum Mark: Sendable, Hashable {
            case box(slot: Int)
            case line(slot: Int)
            case reference(kind: String)
        }
        var label: String
        var mark: Mark
    }

    static let legendRow = 20.0
    static let legendSwatch = 22.0
    static let legendGap = 18.0

    /// Entries laid out left to right from the chart's left edge, wrapping onto a new row before
    /// one would cross the right edge (widths by `TextWidth`, so entries never overlap); with the
    /// height the rows take.
    func legend(_ entries: [LegendEntry], top: Double = 4) -> (nodes: [Node], height: Double) {
        guard !entries.isEmpty else { return ([], 0) }
        var nodes: [Node] = []
        var x = 8.0
        var row = 0
        for entry in entries {
            let width = Self.legendSwatch + TextWidth.of(entry.label)
            if x > 8, x + width > self.width - 8 {
                row += 1
                x = 8
            }
            let middle = top + Double(row) * Self.legendRow + Self.legendRow / 2
            let mark: Node
            let group: String
            switch entry.mark {
            case .box(let slot):
                group = "legend series-\(slot)"
                mark = .void(
                    "rect",
                    [
                        ("class", "swatch"), ("x", n(x)), ("y", n(middle - 6)), ("width", "12"),
                        ("height", "12"),
                    ])
            case .line(let slot):
                group = "legend series-\(slot)"
                mark = line("line", x, middle, x + 16, middle)
            case .reference(let kind):
                group = "legend reference"
                mark = line(kind, x, middle, x + 16, middle)
            }
            nodes.append(
                .el(
                    "g", [("class", group)],
                    [
                        mark,
                        .el(
                            "text",
                            [("x", n(x + Self.legendSwatch)), ("y", n(middle)), ("dy", "0.35em")],
                            text: entry.label),
                    ]))
            x += width + Self.legendGap
        }
        return (nodes, Double(row + 1) * Self.legendRow + 8)
    }

    /// The left margin that fits the widest of `labels` (end-anchored 8 units left of the plot)
    /// and the rotated axis title, never less than `minimum`.
    static func leftMargin(fitting labels: [String], minimum: Double = 60) -> Double {
        let widest = labels.map { TextWidth.of($0) }.max() ?? 0
        return max(minimum, (widest + 16).rounded(.up))
    }

    /// A `<line>` with a class, coordinates in fixed digits.
    func line(_ kind: String, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Node {
        .void(
            "line", [("class", kind), ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2))])
    }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
