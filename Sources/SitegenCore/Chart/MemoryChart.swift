/// Horizontal bars of peak resident memory per model, in MiB.
struct MemoryChart: Chart, Hashable {
    /// One model's peak resident set, in bytes (what it counts is said in `measure`).
    struct Bar: Sendable, Hashable {
        var label: String
        var peakBytes: Int
        /// The colour slot of the bar's model (`SitePalette`).
        var slot: Int
        init(label: String, peakBytes: Int, slot: Int = 0) {
            self.label = label
            self.peakBytes = peakBytes
            self.slot = slot
        }
    }

    var title: String
    var bars: [Bar]
    /// What the figure is, e.g. "summed RSS of the process tree, sampled every 10 ms".
    var measure: String
    var width = ChartWidth.wide
    var shared: ChartExtent?

    var extent: ChartExtent {
        ChartExtent(x: Double(bars.map(\.peakBytes).max() ?? 0) / Self.mebibyte)
    }

    init(title: String, bars: [Bar], measure: String) {
        self.title = title
        self.bars = bars
        self.measure = measure
    }

    static let rowHeight = 32.0
    static let mebibyte = 1_048_576.0

    var svg: Node {
        let valueWidth = bars.map { TextWidth.of(Self.format($0.peakBytes)) }.max() ?? 0
        var area = PlotArea(
            width: width, height: 0, left: PlotArea.leftMargin(fitting: bars.map(\.label)),
            right: (valueWidth + 14).rounded(.up))
        area.height = area.top + Double(bars.count) * Self.rowHeight + area.bottom
        let largest = max(extent.x, shared?.x ?? 0)
        let (x, ticks) = LinearScale.zeroBased(
            upTo: max(largest, 1), from: area.plotLeft, to: area.plotRight)
        var children = area.xAxis(
            ticks: ticks, at: x.callAsFunction, label: "peak memory (MiB)")
        for (row, bar) in bars.enumerated() {
            let y = area.top + Double(row) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            let mib = Double(bar.peakBytes) / Self.mebibyte
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
                        ("width", n(x(mib) - area.plotLeft)), ("height", n(Self.rowHeight - 12)),
                    ], [.el("title", text: "\(bar.label): \(Self.format(bar.peakBytes))")]),
                .el(
                    "text",
                    [("class", "value"), ("x", n(x(mib) + 6)), ("y", n(middle)), ("dy", "0.35em")],
                    text: Self.format(bar.peakBytes)),
            ]
        }
        return area.svg(
            kind: "memory", title: title,
            desc: "Peak memory per model (\(measure)): "
                + bars.map { "\($0.label) \(Self.format($0.peakBytes))" }.joined(separator: "; ")
                + ".",
            children)
    }

    var dataTable: Node {
        ChartTable.node(
            caption: "\(title) (\(measure))",
            headers: ["Model", "Peak memory (MiB)", "Peak memory (bytes)"],
            rows: bars.map {
                [
                    $0.label, ChartTable.fixed(Double($0.peakBytes) / Self.mebibyte, digits: 1),
                    String($0.peakBytes),
                ]
            })
    }

    /// Bytes as MiB with one decimal: 20971520 → "20.0 MiB".
    static func format(_ bytes: Int) -> String {
        ChartTable.fixed(Double(bytes) / mebibyte, digits: 1) + " MiB"
    }

    private func n(_ value: Double) -> String { SVGFormat.number(value) }
}
