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
    }

    public func build(_ options: BuildOptions) throws -> Summary {
        try options.validate()
        let lock = try BuildLock.acquire(for: options.outputFolder)
        defer { lock.release() }
        let files = try ContentLoader.load(from: options.contentFolder)
        let site = try SiteParser.parse(files)
        let loadBefore = MachineProbe.loadAverage()
        var runner = ExampleRunner(executor: executor, environment: environment, progress: progress)
        runner.runs = options.runs
        runner.warmup = options.warmup
        runner.instrumented = options.instrumented
        runner.tracing = options.tracing
        runner.sampling = options.sampling
        let executed = try runner.run(site.examples)
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
        let context = RunAnalyzer.Context(
            loadAverage: loadBefore ?? 0, coresAvailable: MachineProbe.coresAvailable())
        let results = executed.map { RunAnalyzer.analyze($0, context: context) }
        var machineWarned = false
        for result in results {
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
        let claims = SiteAnalyzer.analyze(
            results,
            machine: BuildMachine(
                availableCores: context.coresAvailable, loadBefore: loadBefore ?? 0))
        for claim in claims { progress("claim \(claim.id): \(claim.verdict.rawValue)") }
        let interpreters = Array(Set(results.map(\.interpreter))).sorted {
            $0.language < $1.language
        }
        var machine = MachineProbe.collect(interpreters: interpreters)
        machine.loadBefore = loadBefore
        machine.loadAfter = MachineProbe.loadAverage()
        if let python = interpreters.first(where: { $0.language == "python" }) {
            machine.python = MachineProbe.pythonFacts(
                python, executor: executor, environment: environment)
        }
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
        return Summary(pages: site.pages.count, examples: results, claims: claims)
    }
}
