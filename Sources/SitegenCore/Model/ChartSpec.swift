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

    public init(kind: Kind, examples: [String], title: String, location: SourceLocation) {
        self.kind = kind
        self.examples = examples
        self.title = title
        self.location = location
    }

    /// The figure's anchor, e.g. `chart-comparison-baseline`.
    public var anchor: String { "chart-\(kind.rawValue)-\(examples.first ?? "none")" }
}
