/// A chart's drawing on a page: drawn wide and narrow, in a box that shows the one that fits its
/// column (a CSS container query), so its text stays at least 10 px on screen without the page,
/// or the chart, scrolling sideways. Print shows the wide one.
enum ChartDrawing {
    static func node(_ chart: any ChartDrawable) -> Node {
        var wide = chart
        wide.width = ChartWidth.wide
        var narrow = chart
        narrow.width = ChartWidth.narrow
        return .el(
            "div", [("class", "chart-scroll")],
            [
                .el("div", [("class", "drawing-wide")], [wide.svg]),
                .el("div", [("class", "drawing-narrow")], [narrow.svg]),
            ])
    }

    /// Panels of one figure on the same axes: each drawn to the largest extent of all.
    static func shared(_ charts: [any Chart]) -> [any Chart] {
        let extent = ChartExtent.union(charts.map(\.extent))
        return charts.map { chart in
            var copy = chart
            copy.shared = extent
            return copy
        }
    }
}
