/// When a measurement group needs more rounds: while a claim whose evidence is in the group has
/// a comparison still within the noise (decided as the claim engine decides it, on the 95 %
/// confidence interval). A group no claim reads (a chart's alone) stops after its minimum rounds:
/// a chart describes what was measured, it has nothing to decide (`charts`, the comparison of
/// each member with the first, stays available for a site that wants its charts decided).
public struct SiteDecider: GroupDecider {
    public var claims: [ClaimDeclaration]
    public var charts: ComparisonDecider?

    public init(claims: [ClaimDeclaration], charts: ComparisonDecider? = nil) {
        self.claims = claims
        self.charts = charts
    }

    public func undecided(_ group: MeasurementGroup, runs: [String: [RunMeasurement]])
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
                guard let decision = Self.decision(comparison, runs), decision == .noise else {
                    continue
                }
                open.append("\(claim.id): \(clause.text)")
            }
        }
        return read ? open : charts?.undecided(group, runs: runs) ?? []
    }

    /// The clause decided on the runs so far, as the claim engine decides it; nil when a side
    /// has no figures yet.
    static func decision(_ comparison: ClaimComparison, _ runs: [String: [RunMeasurement]])
        -> ClaimDecision.Decision?
    {
        guard let left = side(comparison.lhs, runs) else { return nil }
        let right: ClaimDecision.Side
        switch comparison.rhs {
        case .number(let value): right = .number(value)
        case .quantity(let quantity):
            guard let side = side(quantity, runs) else { return nil }
            right = side
        }
        return ClaimDecision.decide(left, comparison.op, right)
    }

    static func side(_ quantity: Quantity, _ runs: [String: [RunMeasurement]])
        -> ClaimDecision.Side?
    {
        switch quantity {
        case .speedup(let a, let b):
            guard let fast = runs[a], let slow = runs[b], fast.count >= 2, slow.count >= 2 else {
                return nil
            }
            return .speedup(of: fast, over: slow)
        case .wall(let id), .cpu(let id), .rss(let id), .pss(let id), .cores(let id),
            .result(let id, _):
            let values = (runs[id] ?? []).compactMap(quantity.value(in:))
            return values.count >= 2 ? .samples(values) : nil
        }
    }
}
