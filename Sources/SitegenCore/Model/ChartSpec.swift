/// A ```` ```chart kind=… examples="…" title="…" ```` block: which chart of which examples to draw.
struct ChartSpec: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Median wall time per example with min–max whiskers.
        case comparison
        /// Speedup against a swept parameter (`x=`) for each sweep.
        case scaling
        /// Cores busy over time of each example's shown run.
        case cputrace
        /// Peak memory of each example's process tree.
        case memory
        /// Each example's output and worker timeline, side by side (columns on wide screens).
        case outputs
        /// Per worker, one bar of its life: running, waiting for a core, blocked.
        case timesplit
    }

    var kind: Kind
    /// Example ids as written; a sweep's base id stands for all its configurations.
    var examples: [String]
    var title: String
    var location: SourceLocation
    /// `kind=scaling`: the swept parameter on the x axis (`x=`, else the sweeps' only parameter).
    var parameter: String?
    /// `label="A,B"`: one label per entry of `examples=`, before the RESULT `model` and the id.
    var labels: [String]
    /// Every attribute as written, for attributes read by later stages (e.g. `caption=`).
    var attributes: [String: String]
    /// `budget=`: seconds its examples may spend measuring in interleaved rounds.
    var budget: Double?

    /// `caption="…"`: what the figure shows and what to notice; nil derives one from the title,
    /// the kind and the measured comparison.
    var caption: String?
    /// `baseline=ID`: what the others are compared with; nil means the first example listed (for
    /// a scaling chart: each sweep's 1-worker configuration).
    var baseline: String?
    /// `bound=cpu|io`: what limits the work. Only CPU-bound work is limited by the cores, so only
    /// its scaling chart draws the "cores available" line.
    var bound: Bound
    /// `time=wall|work`: whole-process wall time (the default), or the work alone (wall time
    /// less the interpreter's start-up), for comparison and scaling charts.
    var time: TimeBasis = .wall

    enum TimeBasis: String, Sendable, Hashable, CaseIterable {
        case wall
        case work
    }

    enum Bound: String, Sendable, Hashable, CaseIterable {
        case cpu
        case io
    }

    init(
        kind: Kind, examples: [String], budget: Double? = nil, title: String,
        location: SourceLocation, parameter: String? = nil, labels: [String] = [],
        attributes: [String: String] = [:],
        caption: String? = nil, baseline: String? = nil, bound: Bound = .cpu
    ) {
        self.kind = kind
        self.examples = examples
        self.budget = budget
        self.title = title
        self.location = location
        self.parameter = parameter
        self.labels = labels
        self.attributes = attributes
        self.caption = caption
        self.baseline = baseline
        self.bound = bound
    }

    /// The `label=` of the entry at `index` of `examples=`, when given.
    func label(at index: Int) -> String? {
        index < labels.count ? labels[index] : nil
    }

    /// True when the chart compares the examples' times (so they are measured together).
    var comparesTimes: Bool { kind == .comparison || kind == .scaling }

    /// The figure's anchor, e.g. `chart-comparison-baseline`.
    var anchor: String { "chart-\(kind.rawValue)-\(examples.first ?? "none")" }
}
