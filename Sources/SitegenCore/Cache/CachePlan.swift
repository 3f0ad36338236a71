import Foundation

/// The cache's look-up, between Plan and Execute: which planned examples are shown from the
/// cache (handed over as reused) and which must run.
struct CachePlan: Sendable {
    /// Results reused from the cache, by example id.
    var reused: [String: ExampleResult] = [:]
    /// Plans to run, in site order.
    var toRun: [RunPlan] = []
    /// The key each example to run will be stored under, by id.
    var keys: [String: CacheKey] = [:]
    /// Entry files the reused results came from.
    var used: Set<String> = []
    /// The machine card of the most recent reused entry.
    var latestMachine: MachineInfo?

    /// Looks every resolved plan up by its full key; `rerun` and a missing `cache` force a run.
    static func make(
        _ plans: [RunPlan], rerun: RerunSelection, cache: ExecutionCache?
    ) -> CachePlan {
        // Reading and decoding the entries is most of a warm rebuild: on every core.
        let entries =
            (try? plans.parallelMap { plan -> CacheEntry? in
                guard let cache, let key = plan.cacheKey, !rerun.includes(plan.example) else {
                    return nil
                }
                return cache.entry(for: key)
            }) ?? []
        var plan = CachePlan()
        var latest: (date: String, file: String)?
        for (index, run) in plans.enumerated() {
            if let key = run.cacheKey, index < entries.count, let entry = entries[index] {
                plan.reuse(entry, file: key.fileName, for: run, latest: &latest)
            } else {
                if let key = run.cacheKey { plan.keys[run.example.id] = key }
                plan.toRun.append(run)
            }
        }
        return plan
    }

    /// `--no-exec`: every example from the cache, whatever interpreter or machine measured it
    /// (the most recent entry for its source and run plan); throws listing the missing ones.
    static func frozen(
        _ plans: [RunPlan], cache: ExecutionCache, environment: EnvironmentKey? = nil
    ) throws -> CachePlan {
        var byIdentity: [ExampleIdentity: (file: String, entry: CacheEntry)] = [:]
        for (file, entry) in cache.allEntries() where entry.key.environment == environment {
            let identity = entry.key.example
            if let other = byIdentity[identity],
                (other.entry.provenance.measuredAt, other.file) > (
                    entry.provenance.measuredAt, file
                )
            {
                continue
            }
            byIdentity[identity] = (file, entry)
        }
        var plan = CachePlan()
        var latest: (date: String, file: String)?
        var missing: [Example] = []
        for run in plans {
            if let hit = byIdentity[ExampleIdentity(run)] {
                plan.reuse(hit.entry, file: hit.file, for: run, latest: &latest)
            } else {
                missing.append(run.example)
            }
        }
        if !missing.isEmpty {
            let list = missing.map { "\n  \($0.id) (\($0.location))" }.joined()
            throw SitegenError(
                .execute, path: cache.folder,
                "--no-exec: \(missing.count) of \(plans.count) examples have no cached result with this source and these run options:\(list)\n",
                hint:
                    "build once without --no-exec to run and cache them (and commit \(cache.folder) if CI builds with --no-exec); a changed --runs or --warmup also misses the cache"
            )
        }
        return plan
    }

    private mutating func reuse(
        _ entry: CacheEntry, file: String, for run: RunPlan,
        latest: inout (date: String, file: String)?
    ) {
        reused[run.example.id] = entry.result(for: run.example, in: run.environment)
        used.insert(file)
        let stamp = (date: entry.provenance.measuredAt, file: file)
        if latest.map({ ($0.date, $0.file) < (stamp.date, stamp.file) }) ?? true {
            latest = stamp
            latestMachine = entry.machine
        }
    }
}
