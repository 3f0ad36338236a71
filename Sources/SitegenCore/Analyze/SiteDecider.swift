/// When a measurement group needs more rounds: while a claim whose evidence is in the group has
/// a comparison still within the noise (decided as the claim engine decides it, on the 95 %
/// confidence interval). A group no claim reads (a chart's alone) stops after its minimum rounds:
/// a chart describes what was measured, it has nothing to decide (`charts`, the comparison of
/// each member with the first, stays available for a site that wants its charts decided).
struct SiteDecider: GroupDecider {
    let claims: [ClaimDeclaration]
    let charts: ComparisonDecider?

    init(claims: [ClaimDeclaration], charts: ComparisonDecider? = nil) {
        self.claims = claims
        self.charts = charts
    }

    func undecided(_ group: MeasurementGroup, runs: [String: [RunMeasurement]])
        -> [String]
    {
        let members = Set(group.ids)
        var open: [String] = []
        var read = false
        for claim in claims {
            for clause in claim.clauses {
                guard case .compare(_, let comparison) = clause.kind,
                    comparison.quantifier == .estimate, comparison.forEach == nil,
                    !comparison.exampleIDs.isEmpty,
                    comparison.exampleIDs.allSatisfy(members.contains)
                else { continue }
                read = true
                guard let (decision, disturbed) = Self.decision(comparison, runs) else {
                    continue
                }
                // A speed-up found missing on disturbed runs is not decided either: rounds go on
                // until enough undisturbed ones show it (or the budget is spent).
                let undecided =
                    decision == .noise
                    || (disturbed && ClaimEvaluator.missingParallelism(decision, comparison))
                guard undecided else { continue }
                open.append("\(claim.id): \(clause.text)")
            }
        }
        return read ? open : charts?.undecided(group, runs: runs) ?? []
    }

    /// The clause decided on the runs so far, as the claim engine decides it; nil when a side
    /// has no figures yet.
    /// The decision, and whether a speed figure had to be read on disturbed runs.
    static func decision(_ comparison: ClaimComparison, _ runs: [String: [RunMeasurement]])
        -> (ClaimDecision.Decision, disturbed: Bool)?
    {
        guard let left = side(comparison.lhs, runs) else { return nil }
        let right: ClaimDecision.Side
        var disturbed = left.disturbed
        switch comparison.rhs {
        case .number(let value): right = .number(value)
        case .quantity(let quantity):
            guard let side = side(quantity, runs) else { return nil }
            right = side.side
            disturbed = disturbed || side.disturbed
        }
        return (ClaimDecision.decide(left.side, comparison.op, right), disturbed)
    }

    /// As the claim engine reads it (`ClaimEvaluator.side`): speed figures on the undisturbed
    /// runs when there are enough.
    static func side(_ quantity: Quantity, _ runs: [String: [RunMeasurement]])
        -> (side: ClaimDecision.Side, disturbed: Bool)?
    {
        switch quantity {
        case .speedup(let a, let b):
            guard let fast = runs[a], let slow = runs[b], fast.count >= 2, slow.count >= 2 else {
                return nil
            }
            let read = UndisturbedRuns([fast, slow])
            return (.speedup(of: read.runs[0], over: read.runs[1]), read.disturbance != nil)
        case .cores(let id), .coresWhenFree(let id):
            let read = UndisturbedRuns([runs[id] ?? []])
            let values = read.runs[0].compactMap(quantity.value(in:))
            return values.count >= 2 ? (.samples(values), read.disturbance != nil) : nil
        case .wall(let id), .cpu(let id), .rss(let id), .pss(let id), .result(let id, _),
            .share(_, let id, _):
            let values = (runs[id] ?? []).compactMap(quantity.value(in:))
            return values.count >= 2 ? (.samples(values), false) : nil
        case .work:
            // The start-up is known only once the examples have run: a work(X) clause adds no
            // rounds of its own (the minimum rounds, or the other clauses', decide it).
            return nil
        }
    }
}
