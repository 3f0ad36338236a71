/// The figures of an example over its measured runs: median with min–max, mean ± σ. Row names
/// are plain; how each figure was taken is in the example's folded "How these figures were
/// measured".
enum StatsView {
    static func node(_ result: ExampleResult) -> Node? {
        guard let stats = result.stats else { return nil }
        let sampled = result.runs.allSatisfy(\.treeSampled)
        let memory =
            sampled ? "Peak memory, all processes together" : "Peak memory, largest process"
        let rows: [(String, FigureSummary, (Double) -> String)] = [
            ("Wall time, start to finish", stats.wall, Format.seconds),
            ("CPU time running the program's code", stats.user, Format.seconds),
            ("CPU time in the operating system", stats.system, Format.seconds),
            ("Cores busy on average (CPU time ÷ wall time)", stats.cpuUtilization, cores),
            (memory, stats.peakRSS, { Format.bytes(Int($0)) }),
        ]
        let headers = ["median", "min – max", "mean ± σ"]
        let body = rows.map { row in
            Node.el(
                "tr",
                [
                    .el("th", [("scope", "row")], text: row.0),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[0])],
                        text: row.2(row.1.median)),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[1])],
                        text: "\(row.2(row.1.min)) – \(row.2(row.1.max))"),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[2])],
                        text: "\(row.2(row.1.mean)) ± \(row.2(row.1.stddev))"),
                ])
        }
        let header: Node = .el(
            "tr",
            [.el("th", [("scope", "col")], text: "figure")]
                + headers.map { .el("th", [("scope", "col")], text: $0) })
        let warmups = result.warmupRuns == 1 ? "1 warm-up run" : "\(result.warmupRuns) warm-up runs"
        let runs = stats.runs == 1 ? "1 measured run" : "\(stats.runs) measured runs"
        return .el(
            "table", [("class", "stats")],
            [
                .el(
                    "caption",
                    text:
                        "\(runs) after \(warmups), one at a time; σ is the sample standard deviation"
                ),
                .el("thead", [header]), .el("tbody", body),
            ])
    }

    static func cores(_ value: Double) -> String { SVGFormat.number(value, digits: 2) }
}
