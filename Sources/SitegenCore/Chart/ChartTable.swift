/// The data behind a chart as a table, folded in a `<details>`: the fallback for readers without SVG.
enum ChartTable {
    /// A table whose first column is a label and whose other columns are numbers, except `textColumns`.
    static func node(
        caption: String, headers: [String], rows: [[String]], textColumns: Set<Int> = []
    )
        -> Node
    {
        let head = Node.el("tr", headers.map { .el("th", [("scope", "col")], text: $0) })
        let body = rows.map { row in
            Node.el(
                "tr",
                row.enumerated().map { index, cell in
                    if index == 0 { return .el("th", [("scope", "row")], text: cell) }
                    let label = (
                        "data-label", headers.indices.contains(index) ? headers[index] : ""
                    )
                    return textColumns.contains(index)
                        ? .el("td", [label], text: cell)
                        : .el("td", [("class", "num"), label], text: cell)
                })
        }
        return .el(
            "details", [("class", "chart-data")],
            [
                .el("summary", text: "Data"),
                .el(
                    "table",
                    [.el("caption", text: caption), .el("thead", [head]), .el("tbody", body)]),
            ])
    }

    /// A number with a fixed count of decimals, as shown in tables and value labels.
    static func fixed(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let units = Int((abs(value) * scale).rounded())
        var text = String(units)
        while text.count <= digits { text = "0" + text }
        let sign = value < 0 && units != 0 ? "-" : ""
        guard digits > 0 else { return sign + text }
        let split = text.index(text.endIndex, offsetBy: -digits)
        return sign + text[..<split] + "." + text[split...]
    }
}
