@testable import SitegenCore

extension SiteRenderer {
    /// Renders as a build does after its Analyze stage: the charts decided with the default
    /// rule on `results` (one environment), or on `environments`.
    static func render(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String,
        claims: [Claim] = [], index: ResultIndex? = nil, environments: [EnvironmentRun] = [],
        unavailable: [UnavailableEnvironment] = []
    ) throws -> [String: [UInt8]] {
        let runs =
            environments.isEmpty
            ? [
                EnvironmentRun(
                    environment: BuildEnvironment(spec: .default, interpreters: [:]),
                    machine: machine, results: index?.results ?? results)
            ] : environments
        return try render(
            site: site, results: results, machine: machine, generator: generator, claims: claims,
            index: index, environments: environments, unavailable: unavailable,
            charts: ChartAnalyzer.analyze(site, runs, rule: .interval))
    }
}
