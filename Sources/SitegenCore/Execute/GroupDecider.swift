/// Decides whether a measurement group needs more rounds: the claims (and charts) that compare
/// its examples say what is still undecided. The lead wires the claim evaluator here; the
/// default compares every member with the first (`ComparisonDecider`).
protocol GroupDecider: Sendable {
    /// What is still within the noise, in words (empty: everything is decided), given every
    /// member's measured runs so far by id.
    func undecided(_ group: MeasurementGroup, runs: [String: [RunMeasurement]]) -> [String]
}

/// The charts' comparison: each member's speedup over the group's first example, decided when
/// its 95 % confidence interval excludes 1 (one is faster) or lies within ±10 % of 1 (they are
/// equally fast, an equivalence test in the spirit of Schuirmann's two one-sided tests, 1987).
/// Without that second case a true tie could never be decided.
struct ComparisonDecider: GroupDecider {
    /// Ratios within this factor of 1 count as "equally fast" (1/1.1 … 1.1).
    static let equivalence = 1.1
    var rule: EffectDecision.Rule

    init(rule: EffectDecision.Rule = .interval) { self.rule = rule }

    func undecided(_ group: MeasurementGroup, runs: [String: [RunMeasurement]])
        -> [String]
    {
        guard let reference = group.ids.first, let base = runs[reference], !base.isEmpty else {
            return []
        }
        return group.ids.dropFirst().compactMap { id -> String? in
            guard let other = runs[id], !other.isEmpty else { return nil }
            let decision = Self.speedup(of: other, over: base, rule: rule)
            let interval = decision.interval
            let tie = interval.lower >= 1 / Self.equivalence && interval.upper <= Self.equivalence
            if decision.verdict != .withinNoise || tie { return nil }
            return
                "\(id) vs \(reference) \(String(format: "%.2f", decision.estimate))× (\(interval.formatted()))"
        }
    }

    /// How many times faster `a` ran than `b` (wall(b) / wall(a)), paired by round when both
    /// were measured in the same rounds; decided against 1.
    static func speedup(
        of a: [RunMeasurement], over b: [RunMeasurement], rule: EffectDecision.Rule = .interval
    ) -> EffectDecision {
        let pairs = pairedWalls(a, b)
        if let pairs {
            return EffectDecision.decide(
                a: pairs.map(\.1), b: pairs.map(\.0), paired: true, op: .greater, threshold: 1,
                rule: rule)
        }
        return EffectDecision.decide(
            a: b.map(\.wallSeconds), b: a.map(\.wallSeconds), op: .greater, threshold: 1,
            rule: rule)
    }

    /// (wall of a, wall of b) for each round both have; nil unless every run has a round and at
    /// least two rounds are shared.
    static func pairedWalls(_ a: [RunMeasurement], _ b: [RunMeasurement]) -> [(Double, Double)]? {
        guard a.allSatisfy({ $0.round != nil }), b.allSatisfy({ $0.round != nil }) else {
            return nil
        }
        let byRound = Dictionary(b.map { ($0.round!, $0.wallSeconds) }) { first, _ in first }
        let pairs = a.compactMap { run in byRound[run.round!].map { (run.wallSeconds, $0) } }
        return pairs.count >= 2 ? pairs : nil
    }
}
