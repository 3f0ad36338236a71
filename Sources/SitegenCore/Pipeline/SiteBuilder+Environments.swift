import Foundation

/// Measuring the site in each environment of the plan, one after the other (timed runs are
/// never concurrent): cache look-up, runs and statistics, each with its own interpreters,
/// variables and CPU set. Without `sitegen.yml` there is one environment, which changes nothing.
extension SiteBuilder {
    /// What measuring the site in one environment produced.
    struct Measured {
        var plan: EnvironmentPlan
        var session: CacheSession
        /// Run in this build, analyzed.
        var fresh: [ExampleResult]
        /// Every example of the site, reused or fresh, in site order.
        var results: [ExampleResult]
        /// The start-up plans' cache look-up, and their results measured in this build.
        var startupSession: CacheSession
        var freshStartups: [ExampleResult] = []
        /// Each language's start-up, fresh or reused (`StartupTime`).
        var startups: [StartupTime] = []
        var environment: BuildEnvironment {
            BuildEnvironment(spec: plan.spec, interpreters: plan.interpreters)
        }
    }

    /// Problems with the environments on this machine, before anything runs.
    static func check(_ configuration: SiteConfiguration) throws {
        let allowed = CPUPinning.allowed()
        for spec in configuration.environments {
            guard let cpus = spec.cpus else { continue }
            let place = configuration.file ?? SiteConfiguration.fileName
            guard CPUPinning.taskset != nil else {
                throw SitegenError(
                    .options, path: place,
                    "environment '\(spec.id)' sets cpus, which needs taskset (util-linux)",
                    hint: "install util-linux (apt-get install util-linux), or remove cpus:")
            }
            if let allowed, !Set(cpus.cpus).isSubset(of: allowed.cpus) {
                throw SitegenError(
                    .options,
                    at: configuration.cpusLines[spec.id].map {
                        SourceLocation(file: place, line: $0)
                    },
                    path: place,
                    "environment '\(spec.id)' asks for CPUs \(cpus), but this build may use \(allowed)",
                    hint: "choose cpus among \(allowed), or build on a machine that has them")
            }
        }
    }

    /// Looks up, runs and analyzes the planned examples of one environment.
    func measure(
        _ environment: EnvironmentPlan, of plan: BuildPlan, site: SiteParser.Site,
        configuration: SiteConfiguration, options: BuildOptions,
        caches: (ExecutionCache?, InterpreterCache?), loadBefore: Double?, provenance: Provenance,
        scope: String
    ) throws -> Measured {
        let spec = environment.spec
        let prefix = configuration.environments.count > 1 ? "[\(spec.id)] " : ""
        let progress = self.progress
        let say: @Sendable (String) -> Void = { progress(prefix + $0) }
        var rerun = options.rerun
        if case .ids(let ids) = rerun {
            // Ids of examples this environment does not run are not errors here.
            let known = Set(site.examples.flatMap { [$0.id, $0.baseID] })
            let here = Set(environment.examples.flatMap { [$0.id, $0.baseID] })
            rerun = .ids(ids.filter { !known.contains($0) || here.contains($0) })
        }
        let session = try lookUp(environment, rerun: rerun, options: options, caches: caches)
        if let folder = options.cacheFolder, !session.plan.reused.isEmpty {
            say(
                "\(session.plan.reused.count) of \(environment.runs.count) examples reused from \(folder)/"
            )
        }
        var scoped = environment.variables
        // Marks every example process, so a later build can end what a killed one left running.
        scoped[OrphanReaper.scopeVariable] = scope
        var runner = ExampleRunner(executor: executor, environment: scoped, progress: say)
        runner.events = events
        runner.languages = configuration.languages
        runner.provenance = provenance
        runner.budget = options.budget
        runner.decider =
            options.decision == .interval
            ? SiteDecider(claims: site.claims) : nil
        let startupSession = lookUpStartups(
            environment, rerun: rerun, options: options, caches: caches)
        // Measured whenever an example of its language runs, so that it sees the same machine;
        // from the cache otherwise (a prose-only rebuild runs nothing).
        let running = Set(session.plan.toRun.map(\.example.language))
        let (executed, freshStartups) = try runner.measure(
            session.plan.toRun,
            startups: options.measuresStartup
                ? environment.startups.filter {
                    running.contains($0.example.language) && $0.interpreter != nil
                } : [])
        let context = RunAnalyzer.Context(
            loadAverage: loadBefore ?? 0, coresAvailable: environment.cores,
            coresOnline: plan.coresOnline)
        let fresh = executed.map { RunAnalyzer.analyze($0, context: context) }
        let freshByID = Dictionary(fresh.map { ($0.example.id, $0) }) { first, _ in first }
        let results = environment.examples.compactMap {
            session.plan.reused[$0.id] ?? freshByID[$0.id]
        }
        let startups = environment.startups.compactMap { plan -> StartupTime? in
            let result =
                freshStartups.first { $0.example.id == plan.example.id && $0.isExpected }
                ?? startupSession.plan.reused[plan.example.id]
            return result.map(StartupTime.init)
        }
        return Measured(
            plan: environment, session: session, fresh: fresh, results: results,
            startupSession: startupSession, freshStartups: freshStartups, startups: startups)
    }

    /// The start-up plans' cache look-up: by full key, or by identity under `--no-exec`, where a
    /// missing start-up is no error (a cache written before sitegen measured it has none).
    func lookUpStartups(
        _ environment: EnvironmentPlan, rerun: RerunSelection, options: BuildOptions,
        caches: (ExecutionCache?, InterpreterCache?)
    ) -> CacheSession {
        let plans = environment.startups
        guard options.noExec, let cache = caches.0 else {
            return CacheSession(
                cache: caches.0, interpreters: caches.1,
                plan: CachePlan.make(plans, rerun: rerun, cache: caches.0))
        }
        var plan = CachePlan()
        for startup in plans {
            // `frozen` throws only to list what is missing; a start-up may be missing.
            guard
                let found = try? CachePlan.frozen(
                    [startup], cache: cache,
                    environment: BuildEnvironment(spec: environment.spec, interpreters: [:])
                        .cacheKey)
            else { continue }
            plan.reused.merge(found.reused) { first, _ in first }
            plan.used.formUnion(found.used)
        }
        return CacheSession(cache: cache, interpreters: nil, plan: plan)
    }
}
