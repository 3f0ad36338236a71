/// `sitegen measure --shard K/N`: the plan of one shard's examples (`ShardPlan` splits them).
extension BuildPlan {
    /// The ids of `shard`'s examples, each weighed by its run plans: per environment that runs
    /// it, its runs and warm-ups × the median wall time of its cached result (same id and
    /// source), else `ShardPlan.estimatedSecondsPerRun`.
    func shardIDs(_ shard: ShardPlan, site: SiteParser.Site, cache: ExecutionCache?)
        -> Set<String>
    {
        var walls: [String: Double] = [:]
        let code = Dictionary(site.examples.map { ($0.id, $0.code) }) { first, _ in first }
        for (_, entry) in cache?.allEntries() ?? [] {
            let result = entry.result
            guard result.example.code == code[result.example.id] else { continue }
            let key = "\(result.environment ?? EnvironmentSpec.default.id) \(result.example.id)"
            walls[key] =
                result.stats.runs > 0 ? result.stats.wall.median : result.capture.wallSeconds
        }
        var plansOf: [String: [RunPlan]] = [:]
        for environment in environments {
            for plan in environment.runs { plansOf[plan.example.id, default: []].append(plan) }
        }
        return shard.select(site.examples, claims: site.claims) { example in
            (plansOf[example.id] ?? []).map { plan in
                Double(plan.totalRuns)
                    * (walls["\(plan.environment) \(example.id)"]
                        ?? ShardPlan.estimatedSecondsPerRun)
            }.reduce(0, +)
        }
    }
}
