/// Examples that are compared with each other and so are measured together, in interleaved
/// rounds (`Execute/RoundScheduler`): one run of each per round, so the drift they share cancels
/// in their per-round ratios.
struct MeasurementGroup: Sendable, Hashable {
    /// Full example ids, in the order the first list named them (the first is the reference
    /// the default decider compares the others with).
    let ids: [String]
    /// Seconds the group may spend measuring (warm-ups and rounds) before adaptive rounds stop;
    /// nil: the build's default.
    let budget: Double?

    init(ids: [String], budget: Double? = nil) {
        self.ids = ids
        self.budget = budget
    }

    /// One list of compared examples (a chart's `examples=`, later a claim's evidence) with its
    /// `budget=`, if any.
    struct Comparison: Sendable, Hashable {
        let ids: [String]
        let budget: Double?
        init(ids: [String], budget: Double? = nil) {
            self.ids = ids
            self.budget = budget
        }
    }

    /// The groups of `examples` the lists compare: a base id stands for all its configurations;
    /// lists that share an example are merged (an example is measured in one group only), with
    /// the largest budget any of them gave. Lists of fewer than two examples form no group.
    static func groups(_ comparisons: [Comparison], examples: [Example])
        -> [MeasurementGroup]
    {
        let known = Set(examples.map(\.id))
        let byBase = Dictionary(grouping: examples, by: \.baseID).mapValues { $0.map(\.id) }
        var groups: [MeasurementGroup] = []
        for comparison in comparisons {
            var ids: [String] = []
            for name in comparison.ids {
                let expanded = known.contains(name) ? [name] : byBase[name] ?? []
                for id in expanded where !ids.contains(id) { ids.append(id) }
            }
            // Fold in every existing group that shares an example with this list, keeping the
            // order in which the lists named them.
            let sharing = groups.filter { group in group.ids.contains(where: ids.contains) }
            var merged = sharing.flatMap(\.ids)
            merged += ids.filter { !merged.contains($0) }
            let budget = (sharing.map(\.budget) + [comparison.budget]).compactMap { $0 }.max()
            let kept = groups.filter { group in !group.ids.contains(where: ids.contains) }
            groups = kept + [MeasurementGroup(ids: merged, budget: budget)]
        }
        let order = Dictionary(examples.enumerated().map { ($1.id, $0) }) { first, _ in first }
        return groups.filter { $0.ids.count >= 2 }.sorted {
            (order[$0.ids[0]] ?? 0) < (order[$1.ids[0]] ?? 0)
        }
    }
}

/// How the measuring of a group went: rounds, and why it stopped. The same value is carried by
/// every member's result (and so cached with each of them).
struct GroupReport: Sendable, Hashable, Codable {
    enum Stop: String, Sendable, Hashable, Codable {
        /// Every comparison depending on the group was decided after the minimum rounds.
        case decided
        /// The budget was spent with a comparison still within the noise.
        case budget
        /// Nothing asked for more than the minimum (no decider, or the spread rule).
        case minimum
        /// Every member failed, so measuring stopped (one that fails leaves the rounds).
        case failed
        /// The round limit was reached.
        case limit
    }

    /// The group's examples that ran, in the group's order (the first is the reference).
    let members: [String]
    let rounds: Int
    let minimumRounds: Int
    let stop: Stop
    /// "decided after 14 rounds", "budget of 60 s spent after 18 rounds: still within the
    /// noise: threads-demo vs one-worker 0.98× (95 % CI 0.93–1.04)".
    let reason: String
    let budgetSeconds: Double
    /// Wall seconds the group's warm-ups and rounds took.
    let spentSeconds: Double

}
