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
        func values(_ id: String, _ value: (RunMeasurement) -> Double?) -> [Double]? {
            let values = (runs[id] ?? []).compactMap(value)
            return values.count >= 2 ? values : nil
        }
        switch quantity {
        case .speedup(let a, let b):
            guard let fast = runs[a], let slow = runs[b], fast.count >= 2, slow.count >= 2 else {
                return nil
            }
            if let pairs = ComparisonDecider.pairedWalls(slow, fast) {
                return .ratio(numerator: pairs.map(\.0), denominator: pairs.map(\.1), paired: true)
            }
            return .ratio(
                numerator: slow.map(\.wallSeconds), denominator: fast.map(\.wallSeconds))
        case .wall(let id): return values(id) { $0.wallSeconds }.map { .samples($0) }
        case .cpu(let id):
            return values(id) { $0.userSeconds + $0.systemSeconds }.map { .samples($0) }
        case .rss(let id): return values(id) { Double($0.peakRSSBytes) }.map { .samples($0) }
        case .pss(let id):
            return values(id) { $0.peakPSSBytes.map(Double.init) }.map { .samples($0) }
        case .cores(let id):
            return values(id) { $0.cores?.median ?? $0.medianCores }.map { .samples($0) }
        case .result(let id, let key):
            return values(id) { $0.resultNumbers?[key] }.map { .samples($0) }
        }
    }
}
