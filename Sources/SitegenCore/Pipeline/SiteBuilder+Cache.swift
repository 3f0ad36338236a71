import Foundation

/// The build's side of the execution cache: resolving interpreters up front (to key results),
/// choosing the machine card, storing fresh results and pruning.
extension SiteBuilder {
    /// What the cache look-up decided, with what is needed to store and prune after the build.
    struct CacheSession {
        var cache: ExecutionCache?
        var interpreters: InterpreterCache?
        var plan: CachePlan
    }

    /// The cache look-up of one environment's planned examples; `caches` are shared by every
    /// environment of the build.
    func lookUp(
        _ environment: EnvironmentPlan, rerun: RerunSelection, options: BuildOptions,
        caches: (ExecutionCache?, InterpreterCache?)
    ) throws -> CacheSession {
        let unknown = rerun.unknown(in: environment.examples)
        if !unknown.isEmpty {
            throw SitegenError(
                .options,
                "--rerun names no example of this site: \(unknown.joined(separator: ", "))",
                hint:
                    "use an id shown on the pages (id= on the fence, or <page>-<n>); a sweep's base id reruns all its configurations"
            )
        }
        let (cache, interpreters) = caches
        if options.noExec, let cache {
            let plan = try CachePlan.frozen(
                environment.runs, cache: cache,
                environment: BuildEnvironment(spec: environment.spec, interpreters: [:]).cacheKey)
            return CacheSession(cache: cache, interpreters: nil, plan: plan)
        }
        return CacheSession(
            cache: cache, interpreters: interpreters,
            plan: CachePlan.make(environment.runs, rerun: rerun, cache: cache))
    }

    /// The card of the build that measured the results when all were reused, else this one's,
    /// as seen from an environment (its process environment and CPU set).
    func machineCard(
        _ results: [ExampleResult], fresh: [ExampleResult], session: CacheSession,
        loadBefore: Double?, plan: EnvironmentPlan, languages: [String: LanguageSpec]
    ) -> MachineInfo {
        if fresh.isEmpty, let cached = session.plan.latestMachine { return cached }
        let interpreters = Array(Set(results.map(\.interpreter))).sorted {
            $0.language < $1.language
        }
        let cpus = plan.spec.cpus
        let environment = plan.variables
        let facts = interpreters.compactMap { interpreter in
            languages[interpreter.language]?.runtime.facts(
                interpreter, executor: executor, environment: environment,
                cache: session.interpreters, cpus: cpus)
        }
        // The plan's cores: the environment's CPU set, else the build's affinity.
        return MachineProbe.collect(
            interpreters: interpreters, cores: plan.cores, loadBefore: loadBefore, facts: facts)
    }

    /// Stores the fresh results that ended as declared; returns their entry files.
    func store(_ fresh: [ExampleResult], machine: MachineInfo, session: CacheSession) throws
        -> Set<String>
    {
        guard let cache = session.cache else { return [] }
        let entries = fresh.filter(\.isExpected).compactMap { result -> CacheEntry? in
            guard let key = session.plan.keys[result.example.id], let provenance = result.provenance
            else { return nil }
            return CacheEntry(key: key, provenance: provenance, machine: machine, result: result)
        }
        try cache.store(entries)
        return Set(entries.map(\.key.fileName))
    }

    /// After a successful build: records the entries this site uses (`used`: reused or stored, in
    /// every environment), deletes those it alone used before and no longer needs
    /// (`CacheOwners`), and saves the interpreters.
    func finish(
        _ caches: (ExecutionCache?, InterpreterCache?), used: Set<String>, options: BuildOptions,
        output: String
    ) {
        guard let cache = caches.0, !options.noExec else { return }
        CacheOwners(cache: cache).update(
            content: BuildOptions.absolute(options.contentFolder), output: output, using: used)
        if let interpreters = caches.1 {
            try? cache.prepareFolder()
            interpreters.save()
        }
    }
}
