/// The home page's "Measured on this build" box: each example with its outcome and wall time,
/// linked to where it is shown, and the machine it ran on. Generated from the results.
enum BuildSummaryView {
    /// Up to this many examples the table is shown open; more are folded into a `<details>`.
    static let openTableLimit = 12

    static func node(results: [ExampleResult], machine: MachineInfo, pageTitles: [String: String])
        -> Node?
    {
        guard !results.isEmpty else { return nil }
        let interpreters = machine.interpreters.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let intro =
            "Every example on this site ran when it was built, on \(machine.os), kernel "
            + "\(machine.kernel), \(machine.architecture), \(machine.cores) cores"
            + (interpreters.isEmpty ? "." : ", with \(interpreters).")
        let rows = results.map { result -> Node in
            let example = result.example
            let outcome = result.capture.outcome
            let page = pageTitles[example.page] ?? example.page
            return .el(
                "tr",
                [
                    .el(
                        "td",
                        [
                            .el(
                                "a", [("href", "\(example.page)#example-\(example.id)")],
                                text: example.id)
                        ]),
                    .el("td", [("class", "page")], text: page),
                    .el(
                        "td", [("class", outcome.succeeded ? "ok" : "failed")],
                        text: (outcome.succeeded ? "✓ " : "✗ ") + outcome.summary),
                    .el("td", [("class", "num")], text: Format.seconds(result.capture.wallSeconds)),
                ])
        }
        let header: Node = .el(
            "tr",
            ["Example", "Page", "Outcome", "Wall time"].map {
                .el("th", [("scope", "col")] + ($0 == "Page" ? [("class", "page")] : []), text: $0)
            })
        return .el(
            "section", [("class", "build-summary"), ("aria-label", "Measured on this build")],
            [
                .el("h2", text: "Measured on this build"),
                .el("p", text: intro),
                .el(
                    "details", results.count <= openTableLimit ? [("open", "")] : [],
                    [
                        .el("summary", text: tally(results)),
                        .el("table", [.el("thead", [header]), .el("tbody", rows)]),
                    ]),
                .el(
                    "p",
                    [
                        .text(
                            "Wall time is measured from start to finish of each program. Every figure is in "
                        ),
                        .el("a", [("href", "results.json")], text: "results.json"), .text("."),
                    ]),
            ])
    }

    /// "43 examples: 42 succeeded, 1 failed; 12.3 s of wall time in all".
    static func tally(_ results: [ExampleResult]) -> String {
        let failed = results.filter { !$0.capture.outcome.succeeded }.count
        let wall = results.reduce(0) { $0 + $1.capture.wallSeconds }
        let noun = results.count == 1 ? "example" : "examples"
        let outcome =
            failed == 0 ? "all succeeded" : "\(results.count - failed) succeeded, \(failed) failed"
        return "\(results.count) \(noun): \(outcome); \(Format.seconds(wall)) of wall time in all"
    }
}
