/// How each entry of a chart compares with its natural baseline, computed once per chart: the
/// chart's points, its data table and the sentences under it all read these values, so they
/// cannot disagree.
struct Comparison: Sendable, Hashable {
    /// What a comparison shows, once the noise is taken into account.
    enum Finding: String, Sendable, Hashable {
        /// The whole interval is above 1: the entry ran measurably faster than its baseline.
        case faster
        /// The whole interval is below 1: measurably slower.
        case slower
        /// The interval contains 1: no measurable difference.
        case noMeasurableDifference
        /// A time was zero or missing.
        case notComparable
    }

    /// One entry against its baseline.
    struct Entry: Sendable, Hashable {
        let id: String
        let label: String
        let baselineID: String
        let baselineLabel: String
        /// The configuration both were measured in (`size=64`), empty outside sweeps.
        let configuration: String
        /// How many times as fast as the baseline: baseline time / entry time (above 1: faster).
        let speedup: Double
        /// hyperfine's ± (σ propagated from both sides' runs): the spread, described.
        let spread: Double
        /// What the interval is: "95 % CI" (a confidence interval of the estimate) or "± 2σ".
        let method: String
        /// Where the speedup likely lies, given the run-to-run noise (`Comparison.interval`).
        let interval: ClosedRange<Double>
        let finding: Finding

        init(
            id: String, label: String, baselineID: String, baselineLabel: String,
            configuration: String = "", entry: SampleStats, baseline: SampleStats,
            entryRuns: [RunMeasurement] = [], baselineRuns: [RunMeasurement] = [],
            rule: EffectDecision.Rule = .interval
        ) {
            self.id = id
            self.label = label
            self.baselineID = baselineID
            self.baselineLabel = baselineLabel
            self.configuration = configuration
            let ratio = SpeedRatio.of(entry, over: baseline)
            spread = ratio.uncertainty
            if entryRuns.count >= 2, baselineRuns.count >= 2 {
                // The build's rule, as the claims decide: the 95 % confidence interval of the
                // estimate (paired by round when measured in the same rounds), or the ± 2σ
                // spread of single runs; and the estimate the interval is centred on.
                let decision = ComparisonDecider.speedup(
                    of: entryRuns, over: baselineRuns, rule: rule)
                speedup = decision.estimate
                interval = max(decision.interval.lower, 0)...decision.interval.upper
                method = decision.method == .spread ? "± 2σ" : "95 % CI"
            } else {
                speedup = ratio.ratio
                interval = Comparison.interval(ratio)
                method = "± 2σ"
            }
            finding = Comparison.finding(speedup: speedup, interval: interval)
        }

        /// The comparison in words, for readers: never "faster" when the interval contains 1.
        var sentence: String {
            let range =
                "\(method) \(Self.times(interval.lowerBound))–\(Self.times(interval.upperBound))"
            switch finding {
            case .faster:
                // hyperfine's description (± the runs' spread) with the interval that decided it.
                return
                    "\(label) ran \(ChartTable.fixed(speedup, digits: 2)) ± \(ChartTable.fixed(spread, digits: 2))× as fast as \(baselineLabel) (\(range))"
            case .slower:
                return
                    "\(label) took \(Self.times(1 / speedup)) as long as \(baselineLabel) (it ran at \(Self.times(speedup)) its speed, \(range))"
            case .noMeasurableDifference:
                return
                    "no measurable difference between \(label) and \(baselineLabel) (\(Self.times(speedup)) its speed, \(range))"
            case .notComparable:
                return "\(label) and \(baselineLabel) could not be compared"
            }
        }

        /// The short form for tables: "1.79× as fast", "no measurable difference".
        var summary: String {
            switch finding {
            case .faster: return "\(Self.times(speedup)) as fast"
            case .slower: return "\(Self.times(1 / speedup)) as long"
            case .noMeasurableDifference: return "no measurable difference"
            case .notComparable: return "–"
            }
        }

        /// "1.79×".
        static func times(_ value: Double) -> String { ChartTable.fixed(value, digits: 2) + "×" }
    }

    let entries: [Entry]

    /// The interval a speedup likely lies in: today the ratio ± 2 propagated standard deviations
    /// (`SpeedRatio`, as hyperfine computes it). The one place to swap for a confidence interval.
    static func interval(_ ratio: SpeedRatio) -> ClosedRange<Double> {
        guard ratio.ratio.isFinite, ratio.uncertainty.isFinite else { return 1...1 }
        let interval = ratio.interval(k: 2)
        return max(interval.lowerBound, 0)...interval.upperBound
    }

    static func finding(speedup: Double, interval: ClosedRange<Double>) -> Finding {
        guard speedup.isFinite, speedup > 0 else { return .notComparable }
        if interval.lowerBound > 1 { return .faster }
        if interval.upperBound < 1 { return .slower }
        return .noMeasurableDifference
    }

    /// The entry for an example id.
    func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }
}
