/// A chart sitegen draws: an inline SVG and the same data as a table.
public protocol Chart: Sendable {
    var svg: Node { get }
    /// The `<details><summary>Data</summary><table>…` fallback.
    var dataTable: Node { get }
}

extension Chart {
    /// The chart and its data table in one `<figure>`.
    public var figure: Node { .el("figure", [("class", "chart")], [svg, dataTable]) }
}
