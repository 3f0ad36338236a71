/// The one place that decides, from the runs' samples, whether a comparison was shown beyond the
/// noise, its opposite was, or neither (the effect is within the noise).
///
/// Today's rule is the ±2σ spread rule `ClaimChecks` always had (hyperfine's relative speed: a
/// ratio of means whose σ is propagated from both sides' run-to-run σ): a comparison is shown when
/// every point of its interval, estimate ± 2σ, is on the claimed side, and its opposite is shown
/// when every point is on the other side. Issue 12 replaces the interval with a 95 % confidence
/// interval of the estimate here, and nowhere else.
public enum EffectDecision {
    /// Standard deviations an estimate must clear a threshold by (about 95 % if the noise were normal).
    public static let sigmas = 2.0
    /// How the interval is described in reasons.
    public static var noiseDescription: String { "±\(Int(sigmas))σ of the runs" }

    /// One side of a comparison as the runs measured it.
    public enum Side: Sendable, Hashable {
        /// One value per measured run (wall seconds, bytes, a RESULT number).
        case samples([Double])
        /// numerator / denominator of their means, e.g. a speedup: wall(B) / wall(A).
        case ratio(numerator: [Double], denominator: [Double])
        /// A number written in the clause: exact.
        case number(Double)
    }

    public enum Decision: String, Sendable, Hashable {
        /// The whole interval is on the claimed side.
        case shown
        /// The whole interval is on the other side.
        case opposite
        /// The interval straddles the threshold.
        case noise
    }

    /// An estimate with its uncertainty (one σ).
    public struct Estimate: Sendable, Hashable {
        public var value: Double
        public var uncertainty: Double
        public var runs: Int

        public var interval: ClosedRange<Double> {
            let low = value - sigmas * uncertainty
            let high = value + sigmas * uncertainty
            return low <= high ? low...high : high...low
        }
    }

    public static func estimate(_ side: Side) -> Estimate {
        switch side {
        case .number(let value):
            return Estimate(value: value, uncertainty: 0, runs: 0)
        case .samples(let values):
            return Estimate(
                value: Statistics.mean(values), uncertainty: Statistics.standardDeviation(values),
                runs: values.count)
        case .ratio(let numerator, let denominator):
            let ratio = SpeedRatio.of(stats(denominator), over: stats(numerator))
            return Estimate(
                value: ratio.ratio, uncertainty: ratio.uncertainty,
                runs: min(numerator.count, denominator.count))
        }
    }

    /// `lhs op rhs`, decided on the estimates: against a number, the interval of `lhs`; against
    /// another quantity, the interval of their difference (σ of independent sides combined).
    public static func decide(
        _ lhs: Side, _ op: ComparisonOperator, _ rhs: Side
    ) -> Decision {
        let left = estimate(lhs)
        let right = estimate(rhs)
        guard left.value.isFinite, right.value.isFinite else { return .noise }
        let interval: ClosedRange<Double>
        let threshold: Double
        if case .number(let number) = rhs {
            interval = left.interval
            threshold = number
        } else {
            let sigma =
                (left.uncertainty * left.uncertainty + right.uncertainty * right.uncertainty)
                .squareRoot()
            let difference = left.value - right.value
            interval = (difference - sigmas * sigma)...(difference + sigmas * sigma)
            threshold = 0
        }
        if everywhere(interval, op, threshold) { return .shown }
        if everywhere(interval, op.negated, threshold) { return .opposite }
        return .noise
    }

    /// True when `x op threshold` for every x in `interval`.
    static func everywhere(
        _ interval: ClosedRange<Double>, _ op: ComparisonOperator, _ threshold: Double
    ) -> Bool {
        switch op {
        case .less: interval.upperBound < threshold
        case .lessOrEqual: interval.upperBound <= threshold
        case .greater: interval.lowerBound > threshold
        case .greaterOrEqual: interval.lowerBound >= threshold
        case .equal: interval.lowerBound == threshold && interval.upperBound == threshold
        case .notEqual: !interval.contains(threshold)
        }
    }

    static func stats(_ values: [Double]) -> SampleStats {
        SampleStats(FigureSummary(values), count: values.count)
    }
}
