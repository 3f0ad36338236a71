import Foundation

/// The build's side of the execution cache: resolving interpreters up front (to key results),
/// choosing the machine card, storing fresh results and pruning.
extension SiteBuilder {
    /// What the cache stage decided, with what is needed to store and prune after the build.
    struct CacheSession {
        var cache: ExecutionCache?
        var interpreters: InterpreterCache?
        var plan: CachePlan
        var resolved: [String: Interpreter]
    }

    /// The cache plan of `examples` in the environment `spec`, whose examples see the process
    /// environment `environment`; `caches` are shared by every environment of the build.
    func planCache(
        _ examples: [Example], options: BuildOptions, in spec: EnvironmentSpec = .default,
        environment: [String: String]? = nil,
        languages: [String: LanguageSpec] = LanguageSpec.builtIn,
        caches: (ExecutionCache?, InterpreterCache?)? = nil
    ) throws -> CacheSession {
        let environment = environment ?? self.environment
        let unknown = options.rerun.unknown(in: examples)
        if !unknown.isEmpty {
            throw SitegenError(
                .options,
                "--rerun names no example of this site: \(unknown.joined(separator: ", "))",
                hint:
                    "use an id shown on the pages (id= on the fence, or <page>-<n>); a sweep's base id reruns all its configurations"
            )
        }
        let cache = caches.map(\.0) ?? options.cacheFolder.map { ExecutionCache(folder: $0) }
        let interpreterCache =
            caches.map(\.1)
            ?? options.cacheFolder.map { InterpreterCache(file: $0 + "/interpreters.json") }
        let key = BuildEnvironment(spec: spec, interpreters: [:]).cacheKey
        if options.noExec, let cache {
            let plan = try CachePlan.frozen(
                examples, options: options, cache: cache, environment: key)
            return CacheSession(cache: cache, interpreters: nil, plan: plan, resolved: [:])
        }
        var resolver = InterpreterResolver(
            environment: environment, executor: executor, cache: interpreterCache)
        resolver.languages = languages
        resolver.commands = spec.interpreters
        var resolved: [String: Interpreter] = [:]
        for example in examples where resolved[example.language] == nil {
            resolved[example.language] = try resolver.resolve(
                example.language, for: example.location)
        }
        let plan = CachePlan.make(
            examples, interpreters: resolved, machine: .current(), options: options, cache: cache,
            environment: key)
        return CacheSession(
            cache: cache, interpreters: interpreterCache, plan: plan, resolved: resolved)
    }

    /// The card of the build that measured the results when all were reused, else this one's,
    /// as seen from an environment (its process environment and CPU set).
    func machineCard(
        _ results: [ExampleResult], fresh: [ExampleResult], session: CacheSession,
        loadBefore: Double?, environment: [String: String]? = nil, cpus: CPUSet? = nil
    ) -> MachineInfo {
        if fresh.isEmpty, let cached = session.plan.latestMachine { return cached }
        let interpreters = Array(Set(results.map(\.interpreter))).sorted {
            $0.language < $1.language
        }
        var machine = MachineProbe.collect(interpreters: interpreters)
        if let cpus {
            machine.cores = cpus.cpus.count
            machine.coresAvailable = cpus.cpus.count
        }
        machine.loadBefore = loadBefore
        machine.loadAfter = MachineProbe.loadAverage()
        if let python = interpreters.first(where: { $0.language == "python" }) {
            machine.python = MachineProbe.pythonFacts(
                python, executor: executor, environment: environment ?? self.environment,
                cache: session.interpreters, cpus: cpus)
        }
        return machine
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
