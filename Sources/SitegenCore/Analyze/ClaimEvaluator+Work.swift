/// `work(X) OP NUMBER`: the wall time less the start-up, decided on an interval that carries the
/// uncertainty of both medians.
extension ClaimEvaluator {
    /// The interval of median(wall) − median(start-up) from the two medians' own intervals, by the
    /// MOVER rule for a difference of independent estimates (Zou & Donner, "Construction of
    /// confidence limits about effect measures: a general approach", Statistics in Medicine 27,
    /// 2008; Newcombe 1998 for proportions): L = d − √((w − w_L)² + (s_U − s)²),
    /// U = d + √((w_U − w)² + (s − s_L)²), with d = w − s. Each side's half-width is that of
    /// its own distribution-free interval, so no normality is assumed of the runs; the
    /// coverage stated is the smaller of the two.
    static func workInterval(walls: [Double], startup: [Double]) -> ConfidenceInterval {
        let w = Intervals.median(walls)
        let s = Intervals.median(startup)
        let difference = w.estimate - s.estimate
        guard w.isBounded, s.isBounded else {
            return ConfidenceInterval(
                estimate: difference, lower: -.infinity, upper: .infinity,
                confidence: min(w.confidence, s.confidence), method: .medianDifferenceMover)
        }
        func root(_ a: Double, _ b: Double) -> Double { (a * a + b * b).squareRoot() }
        return ConfidenceInterval(
            estimate: difference,
            lower: difference - root(w.estimate - w.lower, s.upper - s.estimate),
            upper: difference + root(w.upper - w.estimate, s.estimate - s.lower),
            confidence: min(w.confidence, s.confidence), method: .medianDifferenceMover)
    }

    /// The clause when it is `work(X)` against a number under the interval rule; nil otherwise.
    static func workAgainstNumber(
        _ comparison: ClaimComparison, role: ClaimClause.Role, _ evidence: Evidence
    ) throws(Evidence.Missing) -> ClauseFinding? {
        guard case .work(let id) = comparison.lhs, case .number(let threshold) = comparison.rhs,
            comparison.quantifier == .estimate, comparison.forEach == nil,
            evidence.rule == .interval,
            let op = EffectDecision.Comparison(rawValue: comparison.op.rawValue)
        else { return nil }
        let walls = try evidence.result(id).runs.map(\.wallSeconds)
        let startup = try evidence.startup(id)
        let interval = workInterval(walls: walls, startup: startup.walls)
        let decision: ClaimDecision.Decision
        switch EffectDecision.verdict(interval, op, threshold) {
        case .shown: decision = .shown
        case .oppositeShown: decision = .opposite
        case .withinNoise: decision = .noise
        }
        let unit = comparison.unit
        let over = walls.count == 1 ? "1 run" : "\(walls.count) runs"
        var sentence =
            "\(id) took \(amount(.work(id), interval.estimate)) of work (median wall \(amount(.wall(id), Statistics.median(walls))) of \(over) minus the median start-up \(amount(.wall(id), startup.median)) of an empty \(startup.language) program"
        if interval.isBounded {
            sentence +=
                "; \(percent(interval.confidence)) CI \(amount(.work(id), interval.lower))–\(amount(.work(id), interval.upper))"
        }
        sentence +=
            "), \(relation(decision, comparison.op, amount(.work(id), threshold, unit: unit)))"
        return ClauseFinding(
            role: role, decision: decision, sentence: sentence, missingParallelism: false)
    }
}
