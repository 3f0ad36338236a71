/// A ```` ```chart kind=… examples="…" title="…" ```` block: which chart of which examples to draw.
public struct ChartSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Median wall time per example with min–max whiskers.
        case comparison
        /// Speedup against a swept parameter (`x=`) for each sweep.
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
    /// `kind=scaling`: the swept parameter on the x axis (`x=`, else the sweeps' only parameter).
    public var parameter: String?
    /// `label="A,B"`: one label per entry of `examples=`, before the RESULT `model` and the id.
    public var labels: [String]
    /// Every attribute as written, for attributes read by later stages (e.g. `caption=`).
    public var attributes: [String: String]

    public init(
        kind: Kind, examples: [String], title: String, location: SourceLocation,
        parameter: String? = nil, labels: [String] = [], attributes: [String: String] = [:]
    ) {
        self.kind = kind
        self.examples = examples
        self.title = title
        self.location = location
        self.parameter = parameter
        self.labels = labels
        self.attributes = attributes
    }

    /// The `label=` of the entry at `index` of `examples=`, when given.
    public func label(at index: Int) -> String? {
        index < labels.count ? labels[index] : nil
    }

    /// The figure's anchor, e.g. `chart-comparison-baseline`.
    public var anchor: String { "chart-\(kind.rawValue)-\(examples.first ?? "none")" }
}
