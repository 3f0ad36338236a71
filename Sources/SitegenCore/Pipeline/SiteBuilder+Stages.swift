/// The stages of `SiteBuilder.build` that take more than one line.
extension SiteBuilder {
    /// Execute: runs the examples the cache could not answer, stamped with where and when.
    func execute(
        _ session: CacheSession, of examples: [Example], options: BuildOptions, scope: String
    ) throws -> [ExampleResult] {
        if let folder = options.cacheFolder, !session.plan.reused.isEmpty {
            progress(
                "\(session.plan.reused.count) of \(examples.count) examples reused from \(folder)/"
            )
        }
        let provenance = Provenance.now()
        var scoped = environment
        // Marks every example process, so a later build can end what a killed one left running.
        scoped[OrphanReaper.scopeVariable] = scope
        var runner = ExampleRunner(executor: executor, environment: scoped, progress: progress)
        runner.runs = options.runs
        runner.warmup = options.warmup
        runner.instrumented = options.instrumented
        runner.tracing = options.tracing
        runner.sampling = options.sampling
        runner.resolved = session.resolved
        let executed = try runner.run(session.plan.toRun)
        try checkInterrupted()
        return executed.map {
            var result = $0
            result.provenance = provenance
            return result
        }
    }

    /// Measure: statistics and warnings of each fresh result; the warnings go to the log.
    func measure(_ executed: [ExampleResult], loadBefore: Double?) -> [ExampleResult] {
        let context = RunAnalyzer.Context(
            loadAverage: loadBefore ?? 0, coresAvailable: MachineProbe.coresAvailable())
        let fresh = executed.map { RunAnalyzer.analyze($0, context: context) }
        var machineWarned = false
        for result in fresh {
            for warning in result.warnings {
                // A busy machine is one fact about the build, not one per example.
                if case .busyMachine = warning {
                    if !machineWarned { progress("warning: \(warning.text) — \(warning.hint)") }
                    machineWarned = true
                    continue
                }
                progress("warning: \(result.example.id): \(warning.text) — \(warning.hint)")
            }
        }
        return fresh
    }

    /// Every example's result in page order: reused from the cache or measured now.
    func merge(_ site: SiteParser.Site, session: CacheSession, fresh: [ExampleResult])
        -> [ExampleResult]
    {
        let freshByID = Dictionary(fresh.map { ($0.example.id, $0) }) { first, _ in first }
        return site.examples.compactMap { session.plan.reused[$0.id] ?? freshByID[$0.id] }
    }

    /// Analyze: every declared claim's verdict, one log line each (none without claim fences).
    func analyze(_ site: SiteParser.Site, _ index: ResultIndex, machine: MachineInfo) -> [Claim] {
        // The card's load: the measuring build's when every result came from the cache.
        let claims = SiteAnalyzer.analyze(
            site.claims, index: index,
            machine: BuildMachine(
                availableCores: MachineProbe.coresAvailable(), loadBefore: machine.loadBefore ?? 0
            ))
        for claim in claims { progress("claim \(claim.id): \(claim.verdict.rawValue)") }
        return claims
    }

    /// A failure the fence does not declare fails the build, after the pages rendered.
    func checkOutcomes(_ results: [ExampleResult]) throws {
        let failures = UnexpectedOutcomes.errors(results)
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
