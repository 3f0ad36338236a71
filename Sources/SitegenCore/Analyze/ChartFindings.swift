/// What Analyze decided for one chart block, in one environment: its comparisons (decided with
/// the build's rule, the same one the claims use), the sentences under it and what to notice.
/// Render lays these out; Chart draws them.
public struct ChartFinding: Sendable, Hashable {
    /// A comparison chart: one; a scaling chart: one per sweep that ran, in the chart's order.
    public let comparisons: [Comparison]
    public let sentences: [String]
    public let notice: String

    public static let none = ChartFinding(comparisons: [], sentences: [], notice: "")
}

/// Every chart block's findings, by chart and by the environment whose results it draws.
public struct ChartFindings: Sendable {
    struct Key: Hashable {
        let chart: SourceLocation
        let examples: [String]
        let environment: String
    }

    var findings: [Key: ChartFinding] = [:]

    /// What Analyze found for `spec` (as drawn, perhaps scoped to one environment's examples)
    /// in `environment`; `.none` for a kind that compares nothing.
    public func finding(_ spec: ChartSpec, in environment: String) -> ChartFinding {
        findings[Key(chart: spec.location, examples: spec.examples, environment: environment)]
            ?? .none
    }
}
