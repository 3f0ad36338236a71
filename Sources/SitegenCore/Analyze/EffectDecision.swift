/// Whether a measured quantity is on the claimed side of a threshold, beyond the uncertainty of
/// its estimate: the one decision rule of the build (claims, charts and adaptive rounds use it).
///
/// The quantity is median(a) when `b` is nil, else the ratio a / b: for "A is k× faster than B"
/// (wall(B) / wall(A)) pass a = B's wall times and b = A's. The interval is a 95 % confidence
/// interval by default (`Rule.interval`):
/// - two independent samples: bootstrap of the ratio of medians (`Intervals.ratioOfMedians`);
/// - paired samples (a[i] and b[i] from the same interleaved round): t interval on the log
///   ratios (`Intervals.pairedRatio`);
/// - one sample: the median's order-statistics interval (`Intervals.median`).
/// `Rule.spread` is the rule before issue 12 (hyperfine's ratio of means ± 2 propagated standard
/// deviations of single runs), kept for `benchmarks/decisive.sh` (`--decision spread`).
public struct EffectDecision: Sendable, Hashable, Codable {
    enum Verdict: String, Sendable, Hashable, Codable {
        /// The whole interval is on the claimed side of the threshold.
        case shown
        /// The whole interval is on the other side.
        case oppositeShown
        /// The interval contains the threshold: the noise hides which side it is on.
        case withinNoise
    }

    /// The claimed relation of the quantity to the threshold.
    enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// Which interval decides.
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// A confidence interval of the estimate (shrinks as runs are added).
        case interval
        /// The old ±2σ spread of single runs (does not shrink).
        case spread
    }

    let verdict: Verdict
    /// The estimate and its interval.
    let interval: ConfidenceInterval
    let comparison: Comparison
    let threshold: Double

    var estimate: Double { interval.estimate }
    var method: ConfidenceInterval.Method { interval.method }

    /// Standard deviations of clearance in the spread rule (≈ 95 % if single runs were normal).
    static let spreadSigmas = 2.0

    static func decide(
        a: [Double], b: [Double]?, paired: Bool = false, op: Comparison, threshold: Double,
        confidence: Double = 0.95, rule: Rule = .interval
    ) -> EffectDecision {
        let interval: ConfidenceInterval
        switch (rule, b) {
        case (.spread, let b?):
            interval = spread(ratioOf: a, b)
        case (.spread, nil):
            let mean = Statistics.mean(a)
            let sigma = Statistics.standardDeviation(a)
            interval = ConfidenceInterval(
                estimate: mean, lower: mean - spreadSigmas * sigma,
                upper: mean + spreadSigmas * sigma, confidence: confidence, method: .spread)
        case (.interval, let b?) where paired && a.count == b.count:
            interval = Intervals.pairedRatio(a, b, confidence: confidence)
        case (.interval, let b?):
            interval = Intervals.ratioOfMedians(a, b, confidence: confidence)
        case (.interval, nil):
            interval = Intervals.median(a, confidence: confidence)
        }
        return EffectDecision(
            verdict: verdict(interval, op, threshold), interval: interval, comparison: op,
            threshold: threshold)
    }

    /// hyperfine's ratio of means with the propagated deviation (`SpeedRatio`), ± 2σ.
    static func spread(ratioOf a: [Double], _ b: [Double]) -> ConfidenceInterval {
        let ratio = SpeedRatio.of(
            SampleStats(b), over: SampleStats(a))
        return ConfidenceInterval(
            estimate: ratio.ratio, lower: ratio.ratio - spreadSigmas * ratio.uncertainty,
            upper: ratio.ratio + spreadSigmas * ratio.uncertainty, confidence: 0.95,
            method: .spread)
    }

    static func verdict(_ interval: ConfidenceInterval, _ op: Comparison, _ threshold: Double)
        -> Verdict
    {
        guard !interval.estimate.isNaN, !interval.lower.isNaN, !interval.upper.isNaN else {
            return .withinNoise
        }
        let (low, high) = (interval.lower, interval.upper)
        switch op {
        case .greater:
            return low > threshold ? .shown : high <= threshold ? .oppositeShown : .withinNoise
        case .greaterOrEqual:
            return low >= threshold ? .shown : high < threshold ? .oppositeShown : .withinNoise
        case .less:
            return high < threshold ? .shown : low >= threshold ? .oppositeShown : .withinNoise
        case .lessOrEqual:
            return high <= threshold ? .shown : low > threshold ? .oppositeShown : .withinNoise
        }
    }
}

extension SampleStats {
    /// The summary of raw values.
    init(_ values: [Double]) {
        let summary = FigureSummary(values)
        self.init(
            median: summary.median, mean: summary.mean, stddev: summary.stddev, min: summary.min,
            max: summary.max, count: values.count)
    }
}
