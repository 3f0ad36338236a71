extension ChartBlockView {
    /// Each example's terminal output and worker timeline in a column, side by side on wide
    /// screens: two models' behaviour at a glance.
    static func outputs(_ spec: ChartSpec, _ context: RenderContext) -> Node {
        let results = spec.examples.flatMap { context.results(for: $0) }
        let columns = results.map { result -> Node in
            var parts: [Node] = [
                .el(
                    "p", [("class", "column-title")],
                    [
                        .el(
                            "a", [("href", "\(result.example.page)#example-\(result.example.id)")],
                            text: result.label())
                    ]),
                .el(
                    "pre",
                    [("class", "terminal"), ("aria-label", "Output of \(result.example.id)")],
                    [.el("code", text: result.terminal.isEmpty ? "(no output)" : result.terminal)]),
            ]
            if var lanes = ExampleView.swimlane(result, colours: context.palette.worker(result)) {
                lanes.width = 460
                parts.append(ChartDrawing.node(lanes))
            }
            return .el("div", [("class", "column")], parts)
        }
        let names = results.map { $0.label() }.joined(separator: " and ")
        return .el(
            "figure", [("class", "chart side-by-side"), ("id", spec.anchor)],
            [
                .el(
                    "figcaption",
                    text: spec.caption
                        ?? "\(spec.title): what \(names) printed, and when each of their workers ran (bars) and printed (ticks). Each worker keeps the colour it has in its example's line table."
                ),
                .el("div", [("class", "columns")], columns),
            ])
    }
}
