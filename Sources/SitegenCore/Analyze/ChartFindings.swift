/// What Analyze decided for one chart block, in one environment: its comparisons (decided with
/// the build's rule, the same one the claims use), the sentences under it and what to notice.
/// Render lays these out; Chart draws them.
public struct ChartFinding: Sendable, Hashable {
    /// What the chart draws: each entry's measured results (ran to a successful end), in
    /// `examples=` order.
    public let entries: [[ExampleResult]]
    /// `label=` of the entry each result is drawn under, by example id.
    public let written: [String: String]
    /// A comparison chart: one; a scaling chart: one per sweep that ran, in the chart's order.
    public let comparisons: [Comparison]
    public let sentences: [String]
    public let notice: String

    public static let none = ChartFinding(
        entries: [], written: [:], comparisons: [], sentences: [], notice: "")
}

/// Every chart block's findings, by chart and by the environment whose results it draws.
public struct ChartFindings: Sendable {
    struct Key: Hashable {
        let chart: SourceLocation
        let examples: [String]
        let environment: String
    }

    var findings: [Key: ChartFinding] = [:]

    /// No chart analysed (a site without charts).
    public init() {}

    /// What Analyze found for `spec` (as drawn, perhaps scoped to one environment's examples)
    /// in `environment`; `.none` for the side-by-side outputs, which draw every result.
    public func finding(_ spec: ChartSpec, in environment: String) -> ChartFinding {
        findings[Key(chart: spec.location, examples: spec.examples, environment: environment)]
            ?? .none
    }
}
