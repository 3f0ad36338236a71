/// A `params=` block: one row per configuration (values, median wall with min–max, outcome), then
/// the last configuration in full, folded.
enum ConfigurationsView {
    static func node(_ block: CodeBlock, results: [ExampleResult], context: RenderContext) -> Node {
        let last = results[results.count - 1]
        let names = Array(Set(results.flatMap(\.example.parameters.keys))).sorted()
        let header: Node = .el(
            "tr",
            (names + ["Median wall (s)", "Min–max (s)", "Runs", "Outcome"]).map {
                .el("th", [("scope", "col")], text: $0)
            })
        let rows = results.map { result -> Node in
            var cells: [Node] = names.map {
                .el(
                    "td", [("class", "num"), ("data-label", $0)],
                    text: result.example.parameters[$0] ?? "")
            }
            func cell(_ header: String, _ text: String) -> Node {
                .el("td", [("class", "num"), ("data-label", header)], text: text)
            }
            if result.stats.runs > 0 {
                let stats = result.stats
                cells += [
                    cell("Median wall (s)", ChartTable.fixed(stats.wall.median)),
                    cell(
                        "Min–max (s)",
                        "\(ChartTable.fixed(stats.wall.min))–\(ChartTable.fixed(stats.wall.max))"),
                    cell("Runs", String(stats.runs)),
                ]
            } else {
                cells += [
                    cell("Median wall (s)", ChartTable.fixed(result.capture.wallSeconds)),
                    cell("Min–max (s)", "–"), cell("Runs", "1"),
                ]
            }
            cells.append(
                .el(
                    "td",
                    [("class", result.isExpected ? "ok" : "failed"), ("data-label", "Outcome")],
                    text: (result.isExpected ? "✓ " : "✗ ") + result.capture.outcome.summary))
            // The last configuration's own section, below, carries its anchor.
            let anchor: [(String, String)] =
                result.example.id == last.example.id ? [] : [("id", "example-\(result.example.id)")]
            return .el("tr", anchor, cells)
        }
        let base = last.example.baseID
        // How they were measured, from their group reports: together in interleaved rounds
        // (one run of each per round), or each on its own.
        let ids = Set(results.map(\.example.id))
        let together = results.compactMap(\.group).first { ids.isSubset(of: Set($0.members)) }
        let how =
            together.map {
                "measured together in \($0.rounds) interleaved rounds (one run of each per round)"
            } ?? "each measured on its own"
        let caption =
            "\(results.count) configurations of \(base), \(how); wall time in seconds, start to finish"
        let values = names.map { name -> String in
            var seen: [String] = []
            for result in results {
                if let value = result.example.parameters[name], !seen.contains(value) {
                    seen.append(value)
                }
            }
            return "\(name) = \(seen.joined(separator: ", "))"
        }.joined(separator: "; ")
        let lastValues = names.compactMap { name in
            last.example.parameters[name].map { "\(name) = \($0)" }
        }.joined(separator: ", ")
        return .el(
            "section", [("class", "configurations"), ("id", "example-\(base)")],
            [
                .el(
                    "p", [("class", "example-label")],
                    [
                        .text("Runnable example "), .el("code", text: base),
                        .text(", run once for each configuration: \(values)"),
                    ]),
                CodeView.node(block),
                .el(
                    "table", [("class", "configurations")],
                    [.el("caption", text: caption), .el("thead", [header]), .el("tbody", rows)]),
                .el(
                    "details", [("class", "last-configuration")],
                    [
                        .el(
                            "summary",
                            text: "The run with \(lastValues) in full: output, each line, timeline"),
                        ExampleView.node(block, result: last, context: context),
                    ]),
            ])
    }
}
