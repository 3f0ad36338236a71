/// The stages of `SiteBuilder.build` that take more than one line.
extension SiteBuilder {
    /// The execution cache and the interpreter cache, shared by every environment of the build.
    func openCaches(_ options: BuildOptions) -> (ExecutionCache?, InterpreterCache?) {
        (
            options.cacheFolder.map { ExecutionCache(folder: $0, decoded: decodedEntries) },
            options.noExec
                ? nil
                : options.cacheFolder.map { InterpreterCache(file: $0 + "/interpreters.json") }
        )
    }

    /// The Plan stage: every environment's run plans, with their interpreters and cache keys
    /// (none under `--no-exec`, which only reads the cache); `shard` keeps a shard's examples.
    func plan(
        _ site: SiteParser.Site, _ configuration: SiteConfiguration, options: BuildOptions,
        caches: (ExecutionCache?, InterpreterCache?)
    ) throws -> BuildPlan {
        var plan = try BuildPlan.make(
            site, configuration, options: options, environment: environment)
        if let shard = options.shard {
            let ids = plan.shardIDs(shard, site: site, cache: caches.0)
            progress(
                "shard \(shard.index)/\(shard.count): \(ids.count) of \(site.examples.count) examples"
            )
            plan = plan.only(ids)
        }
        plan = try plan.available(
            executor: executor, languages: configuration.languages, cache: caches.1)
        for missing in plan.unavailable {
            progress(
                "[\(missing.spec.id)] not available on this machine: \(missing.reason); its examples do not run — install the interpreter, or list its path under '\(missing.language)' of this environment in sitegen.yml"
            )
        }
        guard !plan.environments.isEmpty else {
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "no environment of the site configuration is available on this machine ("
                    + plan.unavailable.map { "\($0.spec.id): \($0.reason)" }.joined(
                        separator: "; ") + ")",
                hint:
                    "install one of their interpreters, or declare an environment without optional: true"
            )
        }
        if options.noExec { return plan }
        return try plan.resolved(
            executor: executor, languages: configuration.languages, cache: caches.1)
    }

    /// Execute and Measure, in each environment of the plan one after the other (timed runs are
    /// never concurrent); the warnings go to the log, a busy machine once, naming the examples.
    func measureEnvironments(
        _ plan: BuildPlan, _ site: SiteParser.Site, _ configuration: SiteConfiguration,
        options: BuildOptions, caches: (ExecutionCache?, InterpreterCache?), loadBefore: Double?,
        scope: String
    ) throws -> [Measured] {
        let provenance = Provenance.now()
        var measured: [Measured] = []
        for environment in plan.environments {
            measured.append(
                try measure(
                    environment, of: plan, site: site, configuration: configuration,
                    options: options, caches: caches, loadBefore: loadBefore,
                    provenance: provenance, scope: scope))
            try checkInterrupted()
        }
        var warned: [(id: String, warnings: [MeasurementWarning])] = []
        for run in measured {
            let prefix = measured.count > 1 ? "[\(run.environment.spec.id)] " : ""
            for result in run.fresh {
                warned.append((prefix + result.example.id, result.warnings))
                // The machine's load, steal and preemption: one line for the build, below.
                for warning in result.warnings
                where !BusyMachineSummary.isAboutTheMachine(warning) {
                    progress(
                        "warning: \(prefix)\(result.example.id): \(warning.text) — \(warning.hint)"
                    )
                }
            }
        }
        if let line = BusyMachineSummary.line(warned) { progress(line) }
        return measured
    }

    /// Each environment's machine card, and its fresh results stored in the cache; returns the
    /// runs and every cache entry the build used (reused or stored).
    func store(
        _ measured: [Measured], loadBefore: Double?, languages: [String: LanguageSpec]
    ) throws -> ([EnvironmentRun], Set<String>) {
        var runs: [EnvironmentRun] = []
        var used = Set<String>()
        for run in measured {
            var machine = machineCard(
                run.results, fresh: run.fresh, session: run.session, loadBefore: loadBefore,
                plan: run.plan, languages: languages)
            if !run.startups.isEmpty { machine = machine.with(startups: run.startups) }
            used.formUnion(run.session.plan.used)
            used.formUnion(try store(run.fresh, machine: machine, session: run.session))
            used.formUnion(run.startupSession.plan.used)
            used.formUnion(
                try store(run.freshStartups, machine: machine, session: run.startupSession))
            runs.append(
                EnvironmentRun(environment: run.environment, machine: machine, results: run.results)
            )
        }
        return (runs, used)
    }

    /// Analyze: every declared claim's verdict in each environment (with its cores and the
    /// build's load), one log line per claim per environment (none without claim fences).
    func analyze(
        _ site: SiteParser.Site, _ runs: [EnvironmentRun], rule: EffectDecision.Rule = .interval
    ) throws -> [Claim] {
        try ResultKeyCheck.check(site.claims, runs.flatMap(\.results))
        let environments = runs.map { run in
            // The card's load: the measuring build's when every result came from the cache.
            ClaimEnvironment(
                id: run.environment.spec.id, label: run.environment.spec.label,
                index: ResultIndex(run.results),
                machine: BuildMachine(
                    availableCores: run.machine.coresAvailable > 0
                        ? run.machine.coresAvailable : run.machine.cores,
                    loadBefore: run.machine.loadBefore ?? 0, facts: run.machine.interpreterFacts),
                startups: run.machine.startups ?? [])
        }
        let siteIDs = Set(site.examples.flatMap { [$0.id, $0.baseID] })
        let claims = SiteAnalyzer.analyze(
            site.claims, environments: environments, siteIDs: siteIDs, rule: rule)
        for claim in claims {
            guard environments.count > 1 else {
                progress("claim \(claim.id): \(claim.verdict.rawValue)")
                continue
            }
            for environment in environments {
                let found = claim.verdicts.first { $0.environment == environment.id }
                progress(
                    "claim \(claim.id) [\(environment.id)]: "
                        + (found.map(\.verdict.rawValue)
                            ?? "no verdict (not all of its evidence ran in this environment)"))
            }
            progress("claim \(claim.id): \(claim.verdict.rawValue) (\(claim.summary))")
        }
        return claims
    }

    /// A failure the fence does not declare fails the build, after the pages rendered.
    func checkOutcomes(_ runs: [EnvironmentRun]) throws {
        let failures = runs.flatMap { run in
            UnexpectedOutcomes.errors(run.results).map { error -> SitegenError in
                var error = error
                if runs.count > 1 {
                    error.message += " in environment '\(run.environment.spec.id)'"
                }
                return error
            }
        }
        for failure in failures.dropFirst() { progress("error: \(failure)") }
        if var first = failures.first {
            if failures.count > 1 { first.message += " (and \(failures.count - 1) more, above)" }
            throw first
        }
        try checkInterrupted()
    }

    func checkInterrupted() throws {
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
    }
}
