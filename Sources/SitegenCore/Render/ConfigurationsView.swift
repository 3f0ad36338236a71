/// A `params=` block: one row per configuration (values, median wall with min–max, outcome), then
/// the last configuration in full, folded.
enum ConfigurationsView {
    static func node(_ block: CodeBlock, results: [ExampleResult]) -> Node {
        let last = results[results.count - 1]
        let names = Array(Set(results.flatMap(\.example.parameters.keys))).sorted()
        let header: Node = .el(
            "tr",
            (names + ["Median wall (s)", "Min–max (s)", "Runs", "Outcome"]).map {
                .el("th", [("scope", "col")], text: $0)
            })
        let rows = results.map { result -> Node in
            var cells: [Node] = names.map {
                .el("td", [("class", "num")], text: result.example.parameters[$0] ?? "")
            }
            if let stats = result.stats {
                cells += [
                    .el("td", [("class", "num")], text: ChartTable.fixed(stats.wall.median)),
                    .el(
                        "td", [("class", "num")],
                        text:
                            "\(ChartTable.fixed(stats.wall.min))–\(ChartTable.fixed(stats.wall.max))"
                    ),
                    .el("td", [("class", "num")], text: String(stats.runs)),
                ]
            } else {
                cells += [
                    .el(
                        "td", [("class", "num")], text: ChartTable.fixed(result.capture.wallSeconds)
                    ),
                    .el("td", text: "–"), .el("td", [("class", "num")], text: "1"),
                ]
            }
            cells.append(
                .el(
                    "td", [("class", result.isExpected ? "ok" : "failed")],
                    text: (result.isExpected ? "✓ " : "✗ ") + result.capture.outcome.summary))
            // The last configuration's own section, below, carries its anchor.
            let anchor: [(String, String)] =
                result.example.id == last.example.id ? [] : [("id", "example-\(result.example.id)")]
            return .el("tr", anchor, cells)
        }
        let base = last.example.baseID
        let caption =
            "\(results.count) configurations of \(base), each measured on its own; wall time is spawn to exit (monotonic clock)"
        return .el(
            "section", [("class", "configurations"), ("id", "example-\(base)")],
            [
                .el(
                    "p", [("class", "example-label")],
                    [
                        .text("Runnable example "), .el("code", text: base),
                        .text(", run once per configuration of "),
                        .el("code", text: "params=\"\(block.info["params"] ?? "")\""),
                    ]),
                CodeView.node(block),
                .el(
                    "table", [("class", "configurations")],
                    [.el("caption", text: caption), .el("thead", [header]), .el("tbody", rows)]),
                .el(
                    "details", [("class", "last-configuration")],
                    [
                        .el("summary", text: "Output, timeline and runs of \(last.example.id)"),
                        ExampleView.node(block, result: last),
                    ]),
            ])
    }
}
