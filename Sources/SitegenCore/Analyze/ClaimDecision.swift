/// The claims' side of the one decision rule (`EffectDecision`): a clause's two sides, as the
/// runs measured them, decided "shown", "opposite shown" or "within the noise".
///
/// With `EffectDecision.Rule.interval` (the default) a side against a number is decided on the
/// 95 % confidence interval of its estimate (a speedup: of the ratio, paired by round when the
/// examples were measured in the same interleaved rounds; another quantity: of its median), and
/// two quantities on the interval of their ratio (both positive) against 1. With `.spread`, the
/// rule before issue 12: the estimate ± 2σ of single runs (hyperfine's propagated deviation).
/// Equality clauses (`=`, `!=`) and signs that a ratio cannot carry fall back to the spread rule.
enum ClaimDecision {
    /// Standard deviations an estimate must clear a threshold by (about 95 % if the noise were normal).
    static let sigmas = 2.0
    /// How the interval is described in reasons.
    static func noiseDescription(_ rule: EffectDecision.Rule) -> String {
        rule == .interval ? "95 % confidence interval" : "±\(Int(sigmas))σ of the runs"
    }

    /// One side of a comparison as the runs measured it.
    enum Side: Sendable, Hashable {
        /// One value per measured run (wall seconds, bytes, a RESULT number).
        case samples([Double])
        /// numerator / denominator of their means, e.g. a speedup: wall(B) / wall(A); `paired`
        /// when numerator[i] and denominator[i] were measured in the same interleaved round.
        case ratio(numerator: [Double], denominator: [Double], paired: Bool = false)
        /// A number written in the clause: exact.
        case number(Double)
    }

    enum Decision: String, Sendable, Hashable {
        /// The whole interval is on the claimed side.
        case shown
        /// The whole interval is on the other side.
        case opposite
        /// The interval straddles the threshold.
        case noise
    }

    /// An estimate with its uncertainty (one σ).
    struct Estimate: Sendable, Hashable {
        let value: Double
        let uncertainty: Double
        let runs: Int

        var interval: ClosedRange<Double> {
            let low = value - sigmas * uncertainty
            let high = value + sigmas * uncertainty
            return low <= high ? low...high : high...low
        }
    }

    static func estimate(_ side: Side) -> Estimate {
        switch side {
        case .number(let value):
            return Estimate(value: value, uncertainty: 0, runs: 0)
        case .samples(let values):
            return Estimate(
                value: Statistics.mean(values), uncertainty: Statistics.standardDeviation(values),
                runs: values.count)
        case .ratio(let numerator, let denominator, _):
            let ratio = SpeedRatio.of(stats(denominator), over: stats(numerator))
            return Estimate(
                value: ratio.ratio, uncertainty: ratio.uncertainty,
                runs: min(numerator.count, denominator.count))
        }
    }

    /// `lhs op rhs`, decided on the estimates: against a number, the interval of `lhs`; against
    /// another quantity, the interval of their difference (σ of independent sides combined).
    static func decide(
        _ lhs: Side, _ op: ComparisonOperator, _ rhs: Side, rule: EffectDecision.Rule = .interval
    ) -> Decision {
        outcome(lhs, op, rhs, rule: rule).decision
    }

    /// The decision with the confidence interval it rests on (nil for the spread rule's
    /// difference of two quantities and for exact numbers).
    static func outcome(
        _ lhs: Side, _ op: ComparisonOperator, _ rhs: Side, rule: EffectDecision.Rule = .interval
    ) -> (decision: Decision, interval: ConfidenceInterval?) {
        if rule == .interval, let comparison = EffectDecision.Comparison(rawValue: op.rawValue),
            let decided = interval(lhs, comparison, rhs)
        {
            let decision: Decision
            switch decided.verdict {
            case .shown: decision = .shown
            case .oppositeShown: decision = .opposite
            case .withinNoise: decision = .noise
            }
            return (decision, decided.interval)
        }
        return (spread(lhs, op, rhs), nil)
    }

    /// The 95 % interval decision, where the sides allow one.
    static func interval(_ lhs: Side, _ op: EffectDecision.Comparison, _ rhs: Side)
        -> EffectDecision?
    {
        let positive: ([Double]) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0 > 0 } }
        switch (lhs, rhs) {
        case (.ratio(let numerator, let denominator, let paired), .number(let threshold)):
            guard positive(numerator), positive(denominator), numerator.count >= 2,
                denominator.count >= 2
            else { return nil }
            return EffectDecision.decide(
                a: numerator, b: denominator,
                paired: paired && numerator.count == denominator.count, op: op,
                threshold: threshold)
        case (.samples(let values), .number(let threshold)):
            guard values.count >= 2 else { return nil }
            return EffectDecision.decide(a: values, b: nil, op: op, threshold: threshold)
        case (.samples(let left), .samples(let right)):
            guard positive(left), positive(right), left.count >= 2, right.count >= 2 else {
                return nil
            }
            return EffectDecision.decide(a: left, b: right, op: op, threshold: 1)
        default:
            return nil
        }
    }

    /// The rule before issue 12: estimate ± 2σ of single runs.
    static func spread(_ lhs: Side, _ op: ComparisonOperator, _ rhs: Side) -> Decision {
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

extension ClaimDecision.Side {
    /// How many times faster the runs `fast` were than `slow`: wall(slow) / wall(fast), paired by
    /// round when both were measured in the same interleaved rounds, so the drift they share
    /// cancels out of each round's ratio.
    static func speedup(of fast: [RunMeasurement], over slow: [RunMeasurement]) -> Self {
        if let pairs = ComparisonDecider.pairedWalls(slow, fast) {
            return .ratio(numerator: pairs.map(\.0), denominator: pairs.map(\.1), paired: true)
        }
        return .ratio(numerator: slow.map(\.wallSeconds), denominator: fast.map(\.wallSeconds))
    }
}
