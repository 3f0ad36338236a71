import Foundation

/// How many times faster one configuration ran than another, with its uncertainty, as hyperfine
/// reports it: "processes ran 1.93 ± 0.05 times faster than threads".
///
/// Like hyperfine (`src/benchmark/relative_speed.rs`), the ratio is of the means and its standard
/// deviation is propagated from both runs' standard deviations, assuming they are independent:
/// σ_r = r · √((σ_a / μ_a)² + (σ_b / μ_b)²).
struct SpeedRatio: Sendable, Hashable {
    /// `slower.mean / faster.mean` as passed in: above 1 when `faster` really was faster.
    let ratio: Double
    let uncertainty: Double

    init(ratio: Double, uncertainty: Double) {
        self.ratio = ratio
        self.uncertainty = uncertainty
    }

    /// How many times faster `a` ran than `b` (times: lower is faster).
    static func of(_ a: SampleStats, over b: SampleStats) -> SpeedRatio {
        guard a.mean > 0, b.mean > 0 else { return SpeedRatio(ratio: .nan, uncertainty: .nan) }
        let ratio = b.mean / a.mean
        let relative =
            ((a.stddev / a.mean) * (a.stddev / a.mean) + (b.stddev / b.mean) * (b.stddev / b.mean))
            .squareRoot()
        return SpeedRatio(ratio: ratio, uncertainty: ratio * relative)
    }

    /// The ratio minus and plus `k` standard deviations.
    func interval(k: Double = 2) -> ClosedRange<Double> {
        (ratio - k * uncertainty)...(ratio + k * uncertainty)
    }

    /// True when 1 (no difference) lies within `k` standard deviations: the effect is within the noise.
    func overlapsOne(k: Double = 2) -> Bool { interval(k: k).contains(1) }

    /// "1.93 ± 0.05".
    var formatted: String {
        String(format: "%.2f ± %.2f", ratio, uncertainty)
    }

    /// "processes ran 1.93 ± 0.05 × faster than threads (CPU-bound, 2 workers)", naming the faster
    /// one first as hyperfine does.
    func sentence(_ a: String, _ b: String, context: String? = nil) -> String {
        let suffix = context.map { " (\($0))" } ?? ""
        guard ratio.isFinite else { return "\(a) and \(b) could not be compared\(suffix)" }
        if ratio >= 1 { return "\(a) ran \(formatted) × faster than \(b)\(suffix)" }
        return "\(b) ran \(inverted.formatted) × faster than \(a)\(suffix)"
    }

    /// The same comparison the other way round (1/r, with the same relative uncertainty).
    var inverted: SpeedRatio {
        SpeedRatio(ratio: 1 / ratio, uncertainty: uncertainty / ratio / ratio)
    }
}
