import Foundation

/// The pipeline, in one screen: Load → Parse → Execute → Measure → Analyze → Render → Write,
/// one line per stage in `build` (the longer stages are in `SiteBuilder+Stages.swift`).
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
        let site = try SiteParser.parse(ContentLoader.load(from: options.contentFolder))
        let session = try planCache(site.examples, options: options)
        let loadBefore = MachineProbe.loadAverage()
        let fresh = measure(
            try execute(session, of: site.examples, options: options), loadBefore: loadBefore)
        let index = ResultIndex(merge(site, session: session, fresh: fresh))
        let machine = machineCard(
            index.results, fresh: fresh, session: session, loadBefore: loadBefore)
        let claims = analyze(site, index, machine: machine)
        let stored = try store(fresh, machine: machine, session: session)
        let output = try SiteRenderer.render(
            site: site, results: index.results, machine: machine, generator: Self.generator,
            claims: claims, index: index)
        try checkOutcomes(index.results)
        try SiteWriter.write(output, to: options.outputFolder)
        finish(session, stored: stored, options: options)
        BuildManifest.record(
            options, environment: environment, used: session.plan.used.union(stored),
            interpreters: session.interpreters, pages: site.pages.count,
            examples: index.results.count)
        return Summary(
            pages: site.pages.count, examples: index.results, claims: claims,
            reused: session.plan.reused.count)
    }
}
