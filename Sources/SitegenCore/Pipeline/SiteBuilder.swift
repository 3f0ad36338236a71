import Foundation

/// The pipeline, in one screen: Load → Parse → Execute → Measure → Analyze → Render → Write.
public struct SiteBuilder: Sendable {
    public static let version = "0.1.0"
    public static var generator: String { "sitegen \(version)" }

    public var executor: any ProcessExecutor
    public var environment: [String: String]
    public var progress: @Sendable (String) -> Void

    public init(
        executor: any ProcessExecutor = SpawnExecutor(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.executor = executor
        self.environment = environment
        self.progress = progress
    }

    public struct Summary: Sendable {
        public var pages: Int
        public var examples: [ExampleResult]
        /// Every claim's verdict on this machine.
        public var claims: [Claim] = []
        /// How many of them were reused from the execution cache.
        public var reused: Int = 0
        /// True when nothing changed since the last build into the output folder, which was
        /// left as it was (`examples` is then empty; `reused` counts them).
        public var upToDate = false
    }

    public func build(_ options: BuildOptions) throws -> Summary {
        try options.validate()
        let lock = try BuildLock.acquire(for: options.outputFolder)
        defer { lock.release() }
        if let manifest = BuildManifest.upToDate(options, environment: environment) {
            return Summary(
                pages: manifest.pages, examples: [], reused: manifest.examples, upToDate: true)
        }
        let files = try ContentLoader.load(from: options.contentFolder)
        let site = try SiteParser.parse(files)
        let session = try planCache(site.examples, options: options)
        if let folder = options.cacheFolder, !session.plan.reused.isEmpty {
            progress(
                "\(session.plan.reused.count) of \(site.examples.count) examples reused from \(folder)/"
            )
        }
        let loadBefore = MachineProbe.loadAverage()
        let provenance = Provenance.now()
        var runner = ExampleRunner(executor: executor, environment: environment, progress: progress)
        runner.runs = options.runs
        runner.warmup = options.warmup
        runner.instrumented = options.instrumented
        runner.tracing = options.tracing
        runner.sampling = options.sampling
        runner.resolved = session.resolved
        runner.groups = MeasurementGroup.groups(
            try Self.comparisons(in: site), examples: site.examples)
        runner.schedule = options.schedule
        runner.budget = options.budget
        runner.decider = options.decision == .interval ? ComparisonDecider() : nil
        let executed = try runner.run(session.plan.toRun)
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
        let context = RunAnalyzer.Context(
            loadAverage: loadBefore ?? 0, coresAvailable: MachineProbe.coresAvailable(),
            coresOnline: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let fresh = executed.map {
            var result = RunAnalyzer.analyze($0, context: context)
            result.provenance = provenance
            return result
        }
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
        let freshByID = Dictionary(fresh.map { ($0.example.id, $0) }) { first, _ in first }
        let results = site.examples.compactMap { session.plan.reused[$0.id] ?? freshByID[$0.id] }
        let machine = machineCard(
            results, fresh: fresh, session: session, loadBefore: loadBefore)
        // The card's load: the measuring build's when every result came from the cache.
        let claims = SiteAnalyzer.analyze(
            results,
            machine: BuildMachine(
                availableCores: context.coresAvailable, loadBefore: machine.loadBefore ?? 0))
        for claim in claims { progress("claim \(claim.id): \(claim.verdict.rawValue)") }
        let stored = try store(fresh, machine: machine, session: session)
        let output = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: Self.generator,
            claims: claims)
        // The pages rendered; a failure the fence does not declare still fails the build.
        let failures = UnexpectedOutcomes.errors(results)
        for failure in failures.dropFirst() { progress("error: \(failure)") }
        if var first = failures.first {
            if failures.count > 1 { first.message += " (and \(failures.count - 1) more, above)" }
            throw first
        }
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
        try SiteWriter.write(output, to: options.outputFolder)
        finish(session, stored: stored, options: options)
        BuildManifest.record(
            options, environment: environment, used: session.plan.used.union(stored),
            interpreters: session.interpreters, pages: site.pages.count, examples: results.count)
        return Summary(
            pages: site.pages.count, examples: results, claims: claims,
            reused: session.plan.reused.count)
    }
}
