/// What Analyze decided for one chart block, in one environment: its comparisons (decided with
/// the build's rule, the same one the claims use), the sentences under it and what to notice.
/// Render lays these out; Chart draws them.
struct ChartFinding: Sendable, Hashable {
    /// What the chart draws: each entry's measured results (ran to a successful end), in
    /// `examples=` order.
    let entries: [[ExampleResult]]
    /// `label=` of the entry each result is drawn under, by example id.
    let written: [String: String]
    /// A comparison chart: one; a scaling chart: one per sweep that ran, in the chart's order.
    let comparisons: [Comparison]
    let sentences: [String]
    let notice: String

    static let none = ChartFinding(
        entries: [], written: [:], comparisons: [], sentences: [], notice: "")
}

/// Every chart block's findings, by chart and by the environment whose results it draws.
struct ChartFindings: Sendable {
    struct Key: Hashable {
        let chart: SourceLocation
        let examples: [String]
        let environment: String
    }

    var findings: [Key: ChartFinding] = [:]

    /// No chart analysed (a site without charts).
    init() {}

    /// What Analyze found for `spec` (as drawn, perhaps scoped to one environment's examples)
    /// in `environment`; `.none` for the side-by-side outputs, which draw every result.
    func finding(_ spec: ChartSpec, in environment: String) -> ChartFinding {
        findings[Key(chart: spec.location, examples: spec.examples, environment: environment)]
            ?? .none
    }
}
