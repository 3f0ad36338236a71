/// The stages of `SiteBuilder.build` that take more than one line.
extension SiteBuilder {
    /// The execution cache and the interpreter cache, shared by every environment of the build.
    func openCaches(_ options: BuildOptions) -> (ExecutionCache?, InterpreterCache?) {
        (
            options.cacheFolder.map { ExecutionCache(folder: $0) },
            options.noExec
                ? nil
                : options.cacheFolder.map { InterpreterCache(file: $0 + "/interpreters.json") }
        )
    }

    /// Execute and Measure, in each environment of `sitegen.yml` one after the other (timed runs
    /// are never concurrent); the warnings go to the log, a busy machine once. An optional
    /// environment whose interpreter this machine lacks runs nothing and is returned apart.
    func measureEnvironments(
        _ site: SiteParser.Site, _ configuration: SiteConfiguration, options: BuildOptions,
        caches: (ExecutionCache?, InterpreterCache?), loadBefore: Double?, scope: String
    ) throws -> (measured: [Measured], unavailable: [UnavailableEnvironment]) {
        let provenance = Provenance.now()
        var measured: [Measured] = []
        let specs = configuration.environments.filter {
            options.environments?.contains($0.id) ?? true
        }
        if let wanted = options.environments, specs.count < wanted.count {
            let known = Set(configuration.environments.map(\.id))
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "no environment '\(wanted.subtracting(known).sorted().joined(separator: "', '"))' in the site configuration",
                hint: "use one of: \(configuration.environments.map(\.id).joined(separator: ", "))")
        }
        var unavailable: [UnavailableEnvironment] = []
        for declared in specs {
            let spec: EnvironmentSpec
            switch try availability(declared, site, configuration, caches: caches) {
            case .available(let found): spec = found
            case .unavailable(let missing):
                progress(
                    "[\(declared.id)] not available on this machine: \(missing.reason); its examples do not run — install the interpreter, or list its path under '\(missing.language)' of this environment in sitegen.yml"
                )
                unavailable.append(missing)
                continue
            }
            measured.append(
                try measure(
                    site, in: spec, configuration: configuration, options: options,
                    caches: caches, loadBefore: loadBefore, provenance: provenance, scope: scope))
            try checkInterrupted()
        }
        guard !measured.isEmpty else {
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "no environment of the site configuration is available on this machine ("
                    + unavailable.map { "\($0.spec.id): \($0.reason)" }.joined(separator: "; ")
                    + ")",
                hint:
                    "install one of their interpreters, or declare an environment without optional: true"
            )
        }
        var machineWarned = false
        for run in measured {
            let prefix = measured.count > 1 ? "[\(run.environment.spec.id)] " : ""
            for result in run.fresh {
                for warning in result.warnings {
                    // A busy machine is one fact about the build, not one per example.
                    if case .busyMachine = warning {
                        if !machineWarned { progress("warning: \(warning.text) — \(warning.hint)") }
                        machineWarned = true
                        continue
                    }
                    progress(
                        "warning: \(prefix)\(result.example.id): \(warning.text) — \(warning.hint)"
                    )
                }
            }
        }
        return (measured, unavailable)
    }

    /// `spec` as it runs on this machine: the first of its listed interpreters that works.
    func availability(
        _ spec: EnvironmentSpec, _ site: SiteParser.Site, _ configuration: SiteConfiguration,
        caches: (ExecutionCache?, InterpreterCache?)
    ) throws -> EnvironmentAvailability.Outcome {
        guard spec.optional || !spec.candidates.isEmpty else { return .available(spec) }
        let examples = try selected(site.examples, in: spec, configuration: configuration)
        let checker = EnvironmentAvailability(
            environment: processEnvironment(spec), executor: executor,
            languages: configuration.languages, cache: caches.1)
        return try checker.resolve(spec, examples: examples)
    }

    /// Each environment's machine card, and its fresh results stored in the cache; returns the
    /// runs and every cache entry the build used (reused or stored).
    func store(_ measured: [Measured], loadBefore: Double?) throws -> (
        [EnvironmentRun], Set<String>
    ) {
        var runs: [EnvironmentRun] = []
        var used = Set<String>()
        for run in measured {
            let machine = machineCard(
                run.results, fresh: run.fresh, session: run.session, loadBefore: loadBefore,
                environment: run.processEnvironment, cpus: run.environment.spec.cpus)
            used.formUnion(run.session.plan.used)
            used.formUnion(try store(run.fresh, machine: machine, session: run.session))
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
    ) -> [Claim] {
        let environments = runs.map { run in
            // The card's load: the measuring build's when every result came from the cache.
            ClaimEnvironment(
                id: run.environment.spec.id, label: run.environment.spec.label,
                index: ResultIndex(run.results),
                machine: BuildMachine(
                    availableCores: run.machine.coresAvailable > 0
                        ? run.machine.coresAvailable : run.machine.cores,
                    loadBefore: run.machine.loadBefore ?? 0, python: run.machine.python))
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
