/// `sitegen measure --shard K/N`: a deterministic, balanced part of the site's examples.
///
/// Examples that must be measured on one machine form one unit: the examples a claim compares
/// (its evidence; a sweep's base id brings all its configurations) and a sweep's configurations.
/// Each unit weighs its expected running time: per example and environment that runs it, the
/// median wall time of its cached result (same id and source) × (runs + warm-up), else an
/// estimate of one second per run. Units go, heaviest first, to the lightest shard so far
/// (longest-processing-time first); ties are broken by the unit's first example id and the
/// lowest shard number, so every runner of a matrix computes the same split.
public struct ShardPlan: Sendable, Hashable {
    /// 1-based, as written: `--shard 2/3` is index 2 of count 3.
    var index: Int
    var count: Int

    /// The most shards a site is split into: a GitHub Actions matrix runs at most 256 jobs, and
    /// a shard count beyond the site's examples only adds empty shards.
    public static let maxCount = 256

    public init?(_ text: String) {
        let parts = text.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1,
            count <= Self.maxCount, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    /// Seconds assumed per run of an example never measured before.
    static let estimatedSecondsPerRun = 1.0

    /// The units, each a list of example ids in site order, in site order of their first example.
    static func units(_ examples: [Example], claims: [ClaimDeclaration]) -> [[String]] {
        var parent = Dictionary(uniqueKeysWithValues: examples.map { ($0.id, $0.id) })
        func root(_ id: String) -> String {
            var id = id
            while let up = parent[id], up != id { id = up }
            return id
        }
        func join(_ a: String, _ b: String) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        let byBase = Dictionary(grouping: examples.map(\.id)) { id in
            examples.first { $0.id == id }!.baseID
        }
        for configurations in byBase.values {
            for id in configurations.dropFirst() { join(configurations[0], id) }
        }
        for claim in claims {
            let ids = claim.evidence.flatMap { id in
                parent[id] != nil ? [id] : (byBase[id] ?? [])
            }
            for id in ids.dropFirst() { join(ids[0], id) }
        }
        var units: [String: [String]] = [:]
        var order: [String] = []
        for example in examples {
            let key = root(example.id)
            if units[key] == nil { order.append(key) }
            units[key, default: []].append(example.id)
        }
        return order.map { units[$0]! }
    }

    /// The ids of the examples of this shard. `weight` gives an example's expected seconds.
    func select(_ examples: [Example], claims: [ClaimDeclaration], weight: (Example) -> Double)
        -> Set<String>
    {
        let byID = Dictionary(examples.map { ($0.id, $0) }) { first, _ in first }
        struct Unit {
            var ids: [String]
            var weight: Double
        }
        var units: [Unit] = []
        for ids in Self.units(examples, claims: claims) {
            var total = 0.0
            for id in ids { if let example = byID[id] { total += weight(example) } }
            units.append(Unit(ids: ids, weight: total))
        }
        units.sort { a, b in a.weight != b.weight ? a.weight > b.weight : a.ids[0] < b.ids[0] }
        // Shards past the number of units stay empty: no need to weigh them.
        var loads = Array(repeating: 0.0, count: min(count, max(units.count, 1)))
        var mine = Set<String>()
        for unit in units {
            var lightest = 0
            for shard in loads.indices where loads[shard] < loads[lightest] { lightest = shard }
            loads[lightest] += unit.weight
            if lightest == index - 1 { mine.formUnion(unit.ids) }
        }
        return mine
    }
}
