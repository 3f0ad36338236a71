import Foundation

/// `sitegen measure` (Execute and Measure only: `results.json` with what rendering needs) and
/// `sitegen merge` (Render and Write from several such files, running nothing).
extension SiteBuilder {
    /// Runs the site's examples in the environments `options` selects and writes `results.json`
    /// to `file` with every result in full (`measured`), for `merge`. No page is written.
    public func measureResults(_ options: BuildOptions, into file: String) throws -> Summary {
        try options.validate()
        let path = BuildOptions.absolute(file)
        if FileManager.default.fileExists(atPath: path), !Self.isResultsDocument(path) {
            throw SitegenError(
                .options, path: file, "exists and is not a results.json sitegen wrote",
                hint: "pass --output with a new file name, or move the file away")
        }
        let work = WorkFolder.of(options, output: path)
        let lock = try BuildLock.acquire(work, output: file)
        defer { lock.release() }
        let configuration = try SiteConfiguration.load(
            contentFolder: options.contentFolder, override: options.configFile)
        let site = try SiteParser.parse(
            contentFolder: options.contentFolder, languages: Set(configuration.languages.keys))
        try Self.check(configuration)
        let caches = openCaches(options)
        let plan = try plan(site, configuration, options: options, caches: caches)
        let loadBefore = MachineProbe.loadAverage()
        let measured = try measureEnvironments(
            plan, site, configuration, options: options, caches: caches, loadBefore: loadBefore,
            scope: work.scope)
        let (runs, used) = try store(
            measured, loadBefore: loadBefore, languages: configuration.languages)
        let claims = try analyze(site, runs, rule: options.decision)
        let document = try ResultsDocument.encode(
            results: runs[0].results, machine: runs[0].machine, generator: Self.generator,
            claims: claims, environments: runs, measured: true)
        try Data(document).write(to: URL(fileURLWithPath: path), options: .atomic)
        finish(caches, used: used, options: options, output: path)
        try checkOutcomes(runs)
        return Summary(
            pages: 0, examples: runs.flatMap(\.results), claims: claims,
            reused: measured.map(\.session.plan.reused.count).reduce(0, +))
    }

    /// Builds the site from `files` (each written by `sitegen measure`) without running anything.
    /// Environments keep their machine cards; one environment in several files (shards) is joined.
    public func merge(_ files: [String], options: BuildOptions) throws -> Summary {
        try options.validate()
        let target = try OutputFolder.target(
            options.outputFolder, force: options.force, cache: options.cacheFolder)
        let work = WorkFolder.of(options, output: target.path)
        let lock = try BuildLock.acquire(work, output: options.outputFolder)
        defer { lock.release() }
        let configuration = try SiteConfiguration.load(
            contentFolder: options.contentFolder, override: options.configFile)
        let site = try SiteParser.parse(
            contentFolder: options.contentFolder, languages: Set(configuration.languages.keys))
        let runs = try ResultsMerger.merge(
            files, site: site, order: configuration.environments.map(\.id))
        let claims = try analyze(site, runs, rule: options.decision)
        let charts = ChartAnalyzer.analyze(site, runs, rule: options.decision)
        let index = ResultIndex(runs[0].results)
        // An optional environment no measuring machine had.
        let measuredIDs = Set(runs.map(\.environment.spec.id))
        let unavailable = configuration.environments.filter {
            $0.optional && !measuredIDs.contains($0.id)
        }.map {
            UnavailableEnvironment(
                spec: $0,
                reason: "none of the machines that measured this site had its interpreter",
                language: $0.interpreters.keys.sorted().first ?? site.examples.first?.language
                    ?? "")
        }
        let output = try SiteRenderer.render(
            site: site, results: index.results, machine: runs[0].machine,
            generator: Self.generator, claims: claims, index: index,
            environments: configuration.file == nil && runs.count == 1 ? [] : runs,
            unavailable: unavailable, charts: charts)
        if let kept = try SiteWriter.write(output, into: target, work: work) {
            progress("--force: what was at \(options.outputFolder) is kept in \(kept)")
        }
        if options.cacheFolder == nil { (try? Folder.open(work.root))?.remove("previous") }
        return Summary(pages: site.pages.count, examples: index.results, claims: claims)
    }

    static func isResultsDocument(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return (object["generator"] as? String)?.hasPrefix("sitegen") == true
    }
}

/// One environment's results in full, as `sitegen merge` reads them back from `results.json`'s
/// `measured` (`MeasuredEnvironmentRecord`).
struct MeasuredEnvironment: Sendable, Hashable {
    var spec: EnvironmentSpec
    var interpreters: [String: Interpreter]
    var machine: MachineInfo
    var results: [ExampleResult]

    var run: EnvironmentRun {
        EnvironmentRun(
            environment: BuildEnvironment(spec: spec, interpreters: interpreters),
            machine: machine, results: results)
    }
}
