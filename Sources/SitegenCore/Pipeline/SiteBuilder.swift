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
        let configuration = try SiteConfiguration.load(
            contentFolder: options.contentFolder, override: options.configFile)
        let site = try SiteParser.parse(files, languages: Set(configuration.languages.keys))
        try Self.check(configuration)
        let caches = (
            options.cacheFolder.map { ExecutionCache(folder: $0) },
            options.noExec
                ? nil
                : options.cacheFolder.map {
                    InterpreterCache(file: $0 + "/interpreters.json")
                }
        )
        let loadBefore = MachineProbe.loadAverage()
        let provenance = Provenance.now()
        // One environment after the other; the first one's results make the pages and claims.
        var measured: [Measured] = []
        for spec in configuration.environments {
            measured.append(
                try measure(
                    site, in: spec, configuration: configuration, options: options,
                    caches: caches, loadBefore: loadBefore, provenance: provenance))
            if ProcessGroupRegistry.shared.isCancelled {
                throw SitegenError(
                    .execute, "the build was interrupted",
                    hint: "the previous site was left as it was")
            }
        }
        var machineWarned = false
        for (result, prefix) in measured.flatMap({ run in
            run.fresh.map { ($0, measured.count > 1 ? "[\(run.environment.spec.id)] " : "") }
        }) {
            for warning in result.warnings {
                // A busy machine is one fact about the build, not one per example.
                if case .busyMachine = warning {
                    if !machineWarned { progress("warning: \(warning.text) — \(warning.hint)") }
                    machineWarned = true
                    continue
                }
                progress(
                    "warning: \(prefix)\(result.example.id): \(warning.text) — \(warning.hint)")
            }
        }
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
        let primary = measured[0]
        let results = primary.results
        let machine = runs[0].machine
        // The card's load: the measuring build's when every result came from the cache.
        let claims = SiteAnalyzer.analyze(
            results,
            machine: BuildMachine(
                availableCores: primary.context.coresAvailable,
                loadBefore: machine.loadBefore ?? 0))
        for claim in claims { progress("claim \(claim.id): \(claim.verdict.rawValue)") }
        let output = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: Self.generator,
            claims: claims, environments: configuration.file == nil ? [] : runs)
        // The pages rendered; a failure the fence does not declare still fails the build.
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
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
        try SiteWriter.write(output, to: options.outputFolder)
        finish(caches, used: used, options: options)
        BuildManifest.record(
            options, environment: environment, used: used, interpreters: caches.1,
            pages: site.pages.count, examples: results.count)
        return Summary(
            pages: site.pages.count, examples: results, claims: claims,
            reused: primary.session.plan.reused.count)
    }
}
