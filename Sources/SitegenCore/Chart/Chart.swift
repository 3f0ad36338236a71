/// A chart sitegen draws: an inline SVG and the same data as a table.
protocol Chart: ChartDrawable {
    /// The `<details><summary>Data</summary><table>…` fallback.
    var dataTable: Node { get }
    /// The ends of its value axes its data reach; panels of one figure draw to the largest.
    var extent: ChartExtent { get }
    /// The axes' ends to draw to instead of its own (nil: its own).
    var shared: ChartExtent? { get set }
}

/// An SVG drawing that can be drawn at several widths.
protocol ChartDrawable: Sendable {
    var svg: Node { get }
    /// The drawing's width in user units: `wide`, or `narrow` for a phone or a panel beside
    /// another (the text keeps its 13 px size in user units, so it stays readable when scaled).
    var width: Double { get set }
}

/// How far a chart's axes reach (x to the right, y up); 0 where the chart has no such axis.
struct ChartExtent: Sendable, Hashable {
    var x: Double
    var y: Double

    init(x: Double, y: Double = 0) {
        self.x = x
        self.y = y
    }

    /// The larger of each.
    static func union(_ extents: [ChartExtent]) -> ChartExtent {
        ChartExtent(x: extents.map(\.x).max() ?? 0, y: extents.map(\.y).max() ?? 0)
    }
}

/// Drawing widths in user units.
enum ChartWidth {
    static let wide = 720.0
    static let narrow = 400.0
}

extension Chart {
    /// The chart and its data table in one `<figure>`.
    var figure: Node { .el("figure", [("class", "chart")], [svg, dataTable]) }
}
