import Foundation

/// Measuring the site in each environment of `sitegen.yml`, one after the other (timed runs are
/// never concurrent): cache plan, runs and statistics, each with its own interpreters, variables
/// and CPU set. Without `sitegen.yml` there is one environment, which changes nothing.
extension SiteBuilder {
    /// What measuring the site in one environment produced.
    struct Measured {
        var environment: BuildEnvironment
        var session: CacheSession
        /// Run in this build, analyzed.
        var fresh: [ExampleResult]
        /// Every example of the site, reused or fresh, in site order.
        var results: [ExampleResult]
        var context: RunAnalyzer.Context
        var processEnvironment: [String: String]
    }

    /// The process environment examples see in `spec`: this one plus its variables and scale.
    func processEnvironment(_ spec: EnvironmentSpec) -> [String: String] {
        environment.merging(spec.processEnvironment) { $1 }
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

    /// The examples `spec` runs: its `examples:` list, else all of them.
    func selected(_ examples: [Example], in spec: EnvironmentSpec, configuration: SiteConfiguration)
        throws -> [Example]
    {
        guard let ids = spec.examples else { return examples }
        let selection = RerunSelection.ids(Set(ids))
        let unknown = selection.unknown(in: examples)
        guard unknown.isEmpty else {
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "environment '\(spec.id)' lists examples the site does not have: \(unknown.joined(separator: ", "))",
                hint:
                    "use ids shown on the pages (id= on the fence, or <page>-<n>); a sweep's base id names all its configurations"
            )
        }
        return examples.filter(selection.includes)
    }

    /// Plans, runs and analyzes the site's examples in one environment.
    func measure(
        _ site: SiteParser.Site, in spec: EnvironmentSpec, configuration: SiteConfiguration,
        options: BuildOptions, caches: (ExecutionCache?, InterpreterCache?),
        loadBefore: Double?, provenance: Provenance, scope: String
    ) throws -> Measured {
        let prefix = configuration.environments.count > 1 ? "[\(spec.id)] " : ""
        let progress = self.progress
        let say: @Sendable (String) -> Void = { progress(prefix + $0) }
        let variables = processEnvironment(spec)
        let examples = try selected(site.examples, in: spec, configuration: configuration)
            .filter { options.only?.contains($0.id) ?? true }
        var options = options
        if case .ids(let ids) = options.rerun {
            // Ids of examples this environment does not run are not errors here.
            let known = Set(site.examples.flatMap { [$0.id, $0.baseID] })
            let here = Set(examples.flatMap { [$0.id, $0.baseID] })
            options.rerun = .ids(ids.filter { !known.contains($0) || here.contains($0) })
        }
        let session: CacheSession
        do {
            session = try planCache(
                examples, options: options, in: spec, environment: variables,
                languages: configuration.languages, caches: caches)
        } catch var error as SitegenError where !prefix.isEmpty {
            error.message += " (environment '\(spec.id)')"
            throw error
        }
        if let folder = options.cacheFolder, !session.plan.reused.isEmpty {
            say(
                "\(session.plan.reused.count) of \(examples.count) examples reused from \(folder)/"
            )
        }
        var scoped = variables
        // Marks every example process, so a later build can end what a killed one left running.
        scoped[OrphanReaper.scopeVariable] = scope
        var runner = ExampleRunner(executor: executor, environment: scoped, progress: say)
        runner.events = events
        runner.runs = options.runs
        runner.warmup = options.warmup
        runner.instrumented = options.instrumented
        runner.tracing = options.tracing
        runner.sampling = options.sampling
        runner.resolved = session.resolved
        runner.languages = configuration.languages
        runner.cpus = spec.cpus
        runner.groups = MeasurementGroup.groups(
            try Self.comparisons(in: site), examples: site.examples)
        runner.schedule = options.schedule
        runner.budget = options.budget
        runner.decider =
            options.decision == .interval
            ? SiteDecider(claims: site.claims) : nil
        let executed = try runner.run(session.plan.toRun)
        let context = RunAnalyzer.Context(
            loadAverage: loadBefore ?? 0,
            coresAvailable: spec.cpus?.cpus.count ?? MachineProbe.coresAvailable(),
            coresOnline: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let fresh = executed.map {
            var result = RunAnalyzer.analyze($0, context: context)
            result.provenance = provenance
            result.environment = spec.id
            return result
        }
        let freshByID = Dictionary(fresh.map { ($0.example.id, $0) }) { first, _ in first }
        let results = examples.compactMap { example -> ExampleResult? in
            guard var result = session.plan.reused[example.id] ?? freshByID[example.id] else {
                return nil
            }
            result.environment = spec.id
            return result
        }
        return Measured(
            environment: BuildEnvironment(spec: spec, interpreters: session.resolved),
            session: session, fresh: fresh, results: results, context: context,
            processEnvironment: variables)
    }
}
