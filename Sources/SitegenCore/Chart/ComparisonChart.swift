/// Horizontal bars, one per model: the median wall time, with a whisker from the fastest to the slowest run.
struct ComparisonChart: Chart, Hashable {
    /// One model's runs, in seconds.
    struct Bar: Sendable, Hashable {
        var label: String
        var median: Double
        var min: Double
        var max: Double
        /// The colour slot of the bar's model (`SitePalette`).
        var slot: Int
        /// How it compares with the chart's baseline ("baseline", "1.79× as fast", …), if known.
        var note: String?
        init(
            label: String, median: Double, min: Double, max: Double, slot: Int = 0,
            note: String? = nil
        ) {
            self.label = label
            self.median = median
            self.min = min
            self.max = max
            self.slot = slot
            self.note = note
        }
    }

    var title: String
    var bars: [Bar]
    /// How many measured runs each bar summarises (said in the description).
    var runs: Int
    var width = ChartWidth.wide
    var shared: ChartExtent?

    var extent: ChartExtent {
        ChartExtent(x: bars.map { Swift.max($0.max, $0.median) }.max() ?? 0)
    }

    init(title: String, bars: [Bar], runs: Int) {
        self.title = title
        self.bars = bars
        self.runs = runs
    }

    static let rowHeight = 32.0

    var svg: Node {
        let valueWidth = bars.map { TextWidth.of(s($0.median)) }.max() ?? 0
        var area = PlotArea(
            width: width, height: 0, left: PlotArea.leftMargin(fitting: bars.map(\.label)),
            right: (valueWidth + 14).rounded(.up))
        area.height = area.top + Double(bars.count) * Self.rowHeight + area.bottom
        let largest = Swift.max(extent.x, shared?.x ?? 0)
        let (x, ticks) = LinearScale.zeroBased(
            upTo: Swift.max(largest, 0.001), from: area.plotLeft, to: area.plotRight)
        var children = area.xAxis(
            ticks: ticks, at: x.callAsFunction,
            label: "wall time (s), median of \(runs) runs; whiskers: min–max")
        for (row, bar) in bars.enumerated() {
            let y = area.top + Double(row) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            let summary =
                "\(bar.label): median \(s(bar.median)), min \(s(bar.min)), max \(s(bar.max))"
            children += [
                .el(
                    "text",
                    [
                        ("class", "label"), ("x", n(area.plotLeft - 8)), ("y", n(middle)),
                        ("dy", "0.35em"), ("text-anchor", "end"),
                    ],
                    text: bar.label),
                .el(
                    "rect",
                    [
                        ("class", "bar series-\(bar.slot)"), ("x", n(area.plotLeft)),
                        ("y", n(y + 6)),
                        ("width", n(x(bar.median) - area.plotLeft)),
                        ("height", n(Self.rowHeight - 12)),
                    ], [.el("title", text: summary)]),
                area.line("whisker", x(bar.min), middle, x(bar.max), middle),
                area.line("whisker", x(bar.min), middle - 5, x(bar.min), middle + 5),
                area.line("whisker", x(bar.max), middle - 5, x(bar.max), middle + 5),
                .el(
                    "text",
                    [
                        ("class", "value"), ("x", n(Swift.max(x(bar.max), x(bar.median)) + 6)),
                        ("y", n(middle)), ("dy", "0.35em"),
                    ],
                    text: s(bar.median)),
            ]
        }
        return area.svg(
            kind: "comparison", title: title,
            desc: "Median wall time of \(runs) runs per model, whiskers from min to max. "
                + bars.map { "\($0.label) \(s($0.median))" }.joined(separator: "; ") + ".",
            children)
    }

    var dataTable: Node {
        let notes = bars.contains { $0.note != nil }
        return ChartTable.node(
            caption: title,
            headers: ["Model", "Median (s)", "Min (s)", "Max (s)"]
                + (notes ? ["Against the baseline"] : []),
            rows: bars.map {
                [
                    $0.label, ChartTable.fixed($0.median), ChartTable.fixed($0.min),
                    ChartTable.fixed($0.max),
                ] + (notes ? [$0.note ?? "–"] : [])
            }, textColumns: notes ? [4] : [])
    }

    private func s(_ value: Double) -> String { ChartTable.fixed(value) + " s" }
    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
