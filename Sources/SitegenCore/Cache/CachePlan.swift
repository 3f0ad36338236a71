import Foundation

/// The Cache stage, between Parse and Execute: which examples are shown from the cache and
/// which must run.
public struct CachePlan: Sendable {
    /// Results reused from the cache, by example id.
    public var reused: [String: ExampleResult] = [:]
    /// Examples to run, in site order.
    public var toRun: [Example] = []
    /// The key each example to run will be stored under, by id.
    public var keys: [String: CacheKey] = [:]
    /// Entry files the reused results came from.
    public var used: Set<String> = []
    /// The machine card of the most recent reused entry.
    public var latestMachine: MachineInfo?

    /// Looks every example up by its full key; `--rerun` and a missing `cache` force a run.
    public static func make(
        _ examples: [Example], interpreters: [String: Interpreter], machine: MachineFingerprint,
        options: BuildOptions, cache: ExecutionCache?, environment: EnvironmentKey? = nil
    ) -> CachePlan {
        let keys = examples.map { example in
            interpreters[example.language].map {
                CacheKey(
                    example: ExampleIdentity(example, options: options), interpreter: $0,
                    machine: machine, environment: environment)
            }
        }
        // Reading and decoding the entries is most of a warm rebuild: on every core.
        let entries =
            (try? keys.enumerated().map { ($0.offset, $0.element) }.parallelMap {
                index, key -> CacheEntry? in
                guard let cache, let key, !options.rerun.includes(examples[index]) else {
                    return nil
                }
                return cache.entry(for: key)
            }) ?? []
        var plan = CachePlan()
        var latest: (date: String, file: String)?
        for (index, example) in examples.enumerated() {
            if let key = keys[index], index < entries.count, let entry = entries[index] {
                plan.reuse(entry, file: key.fileName, for: example, latest: &latest)
            } else {
                if let key = keys[index] { plan.keys[example.id] = key }
                plan.toRun.append(example)
            }
        }
        return plan
    }

    /// `--no-exec`: every example from the cache, whatever interpreter or machine measured it
    /// (the most recent entry for its source and options); throws listing the missing ones.
    public static func frozen(
        _ examples: [Example], options: BuildOptions, cache: ExecutionCache,
        environment: EnvironmentKey? = nil
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
        for example in examples {
            if let hit = byIdentity[ExampleIdentity(example, options: options)] {
                plan.reuse(hit.entry, file: hit.file, for: example, latest: &latest)
            } else {
                missing.append(example)
            }
        }
        if !missing.isEmpty {
            let list = missing.map { "\n  \($0.id) (\($0.location))" }.joined()
            throw SitegenError(
                .execute, path: cache.folder,
                "--no-exec: \(missing.count) of \(examples.count) examples have no cached result with this source and these run options:\(list)\n",
                hint:
                    "build once without --no-exec to run and cache them (and commit \(cache.folder) if CI builds with --no-exec); a changed --runs or --warmup also misses the cache"
            )
        }
        return plan
    }

    private mutating func reuse(
        _ entry: CacheEntry, file: String, for example: Example,
        latest: inout (date: String, file: String)?
    ) {
        reused[example.id] = entry.result(for: example)
        used.insert(file)
        let stamp = (date: entry.provenance.measuredAt, file: file)
        if latest.map({ ($0.date, $0.file) < (stamp.date, stamp.file) }) ?? true {
            latest = stamp
            latestMachine = entry.machine
        }
    }
}
