import Foundation

/// The pipeline, in one screen: Load → Parse → Execute → Measure → Render → Write.
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
    }

    public func build(_ options: BuildOptions) throws -> Summary {
        try options.validate()
        let files = try ContentLoader.load(from: options.contentFolder)
        let site = try SiteParser.parse(files)
        let runner = ExampleRunner(executor: executor, environment: environment, progress: progress)
        let results = try runner.run(site.examples)
        if ProcessGroupRegistry.shared.isCancelled {
            throw SitegenError(
                .execute, "the build was interrupted", hint: "the previous site was left as it was")
        }
        let machine = MachineProbe.collect(
            interpreters: Array(Set(results.map(\.interpreter))).sorted {
                $0.language < $1.language
            })
        let output = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: Self.generator)
        try SiteWriter.write(output, to: options.outputFolder)
        return Summary(pages: site.pages.count, examples: results)
    }
}
