/// A ```` ```chart kind=… examples="…" title="…" ```` block: which chart of which examples to draw.
public struct ChartSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Median wall time per example with min–max whiskers.
        case comparison
        /// Speedup against `workers=` for each sweep.
        case scaling
        /// Cores busy over time of each example's shown run.
        case cputrace
        /// Peak memory of each example's process tree.
        case memory
    }

    public var kind: Kind
    /// Example ids as written; a sweep's base id stands for all its configurations.
    public var examples: [String]
    public var title: String
    public var location: SourceLocation
    /// `budget=`: seconds its examples may spend measuring in interleaved rounds.
    public var budget: Double?

    public init(
        kind: Kind, examples: [String], budget: Double? = nil, title: String,
        location: SourceLocation
    ) {
        self.kind = kind
        self.examples = examples
        self.budget = budget
        self.title = title
        self.location = location
    }

    /// True when the chart compares the examples' times (so they are measured together).
    public var comparesTimes: Bool { kind == .comparison || kind == .scaling }

    /// The figure's anchor, e.g. `chart-comparison-cpu-sequential`.
    public var anchor: String { "chart-\(kind.rawValue)-\(examples.first ?? "none")" }
}
