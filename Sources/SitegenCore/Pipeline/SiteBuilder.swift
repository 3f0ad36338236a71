import Foundation

/// The pipeline, in one screen: Load → Parse → Execute → Measure → Analyze → Render → Write,
/// one line per stage in `build` (the longer stages are in `SiteBuilder+Stages.swift`).
public struct SiteBuilder: Sendable {
    public static let version = "0.1.0"
    static var generator: String { "sitegen \(version)" }

    var executor: any ProcessExecutor
    var environment: [String: String]
    var progress: @Sendable (String) -> Void
    /// Structured events of the Execute stage (`BuildEvent`), beside the progress lines.
    public var events: @Sendable (BuildEvent) -> Void = { _ in }
    /// Cache entries decoded by this process's earlier builds (a preview server's rebuilds).
    public var decodedEntries: CacheEntryMemo?

    /// The builder the commands use: real processes, in `environment` (this process's).
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.init(executor: SpawnExecutor(), environment: environment, progress: progress)
    }

    init(
        executor: any ProcessExecutor,
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
        var claims: [Claim] = []
        /// How many of them were reused from the execution cache.
        public var reused: Int = 0
        /// True when nothing changed since the last build into the output folder, which was
        /// left as it was (`examples` is then empty; `reused` counts them).
        public var upToDate = false
    }

    public func build(_ options: BuildOptions) throws -> Summary {
        try options.validate()
        // Refused before anything is created or run: what is at the output is not sitegen's.
        let target = try OutputFolder.target(
            options.outputFolder, force: options.force, cache: options.cacheFolder)
        let work = WorkFolder.of(options, output: target.path)
        let lock = try BuildLock.acquire(work, output: options.outputFolder)
        defer { lock.release() }
        reapLeftovers(work)
        if options.cacheFolder != nil { WorkFolder.removeAbandoned(except: work) }
        for leftover in OutputFolder.legacyLeftovers(of: target.path) {
            progress(
                "note: \(leftover) was left beside the output by an older sitegen and is no longer used; check that it holds nothing of yours, then delete it"
            )
        }
        if let manifest = BuildManifest.upToDate(options, environment: environment) {
            return Summary(
                pages: manifest.pages, examples: [], reused: manifest.examples, upToDate: true)
        }
        let configuration = try SiteConfiguration.load(
            contentFolder: options.contentFolder, override: options.configFile)
        let site = try SiteParser.parse(
            contentFolder: options.contentFolder, languages: Set(configuration.languages.keys))
        try Self.check(configuration)
        let caches = openCaches(options)
        let plan = try plan(site, configuration, options: options, caches: caches)
        let loadBefore = MachineProbe.loadAverage()
        // Left behind if the build dies while examples run: the next build then reaps.
        let workRoot = try Folder.open(work.root)
        try workRoot.replace(WorkFolder.runningMarker, [UInt8]())
        let measured = try measureEnvironments(
            plan, site, configuration, options: options, caches: caches, loadBefore: loadBefore,
            scope: work.scope)
        workRoot.remove(WorkFolder.runningMarker)
        let (runs, used) = try store(
            measured, loadBefore: loadBefore, languages: configuration.languages)
        let index = ResultIndex(measured[0].results)
        let claims = try analyze(site, runs, rule: options.decision)
        let charts = ChartAnalyzer.analyze(site, runs, rule: options.decision)
        let output = try SiteRenderer.render(
            site: site, results: index.results, machine: runs[0].machine,
            generator: Self.generator, claims: claims, index: index,
            environments: configuration.file == nil ? [] : runs, unavailable: plan.unavailable,
            charts: charts)
        try checkOutcomes(runs)
        try write(output, into: target, work: work, options: options)
        finish(caches, used: used, options: options, output: target.path)
        BuildManifest.record(
            options, environment: environment, used: used, interpreters: caches.1,
            pages: site.pages.count, examples: index.results.count)
        return Summary(
            pages: site.pages.count, examples: index.results, claims: claims,
            reused: measured[0].session.plan.reused.count)
    }

    /// Write: the one writer swaps the site in; what `--force` replaced is kept and named.
    private func write(
        _ output: [String: [UInt8]], into target: OutputFolder.Target, work: WorkFolder,
        options: BuildOptions
    ) throws {
        if let kept = try SiteWriter.write(output, into: target, work: work) {
            let why =
                target.found == .unmarkedSitegenFolder
                ? "\(options.outputFolder) holds a site an older sitegen wrote, without the \(OutputFolder.markName) mark:"
                : "--force:"
            progress(
                "\(why) what was at \(options.outputFolder) is kept in \(kept); the site replaces it"
            )
        }
        if options.cacheFolder == nil {
            // Library use without a cache: the work folder is in /tmp, so keep no old sites there.
            (try? Folder.open(work.root))?.remove("previous")
        }
    }

    /// Ends the processes a killed earlier build of this output left running, and says so.
    private func reapLeftovers(_ work: WorkFolder) {
        // No marker: every earlier build of this output saw its examples end (or ran none).
        guard let root = try? Folder.open(work.root), root.kind(WorkFolder.runningMarker) != nil
        else { return }
        let ended = OrphanReaper.reapLeftovers(scope: work.scope)
        root.remove(WorkFolder.runningMarker)
        guard !ended.isEmpty else { return }
        let list = ended.map { "\($0.pid) \($0.command.isEmpty ? "?" : $0.command)" }
            .joined(separator: "; ")
        progress(
            "ended \(ended.count) process\(ended.count == 1 ? "" : "es") that an earlier build of \(work.output) left running when it was killed: \(list)"
        )
    }
}
