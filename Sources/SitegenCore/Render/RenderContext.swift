/// What every page needs from the rest of the site, computed once per build.
struct RenderContext: Sendable {
    let site: SiteParser.Site
    /// The results, indexed once for the whole build (shared with Analyze).
    private(set) var index: ResultIndex
    var results: [ExampleResult] { index.results }
    /// The results of each runnable block (several for a `params=` sweep), in run order.
    var resultsByBlock: [SourceLocation: [ExampleResult]] { index.byBlock }
    let navigation: Navigation
    let siteTitle: String
    let pageTitles: [String: String]
    let pagesWithResults: Set<String>
    private(set) var machine: MachineInfo
    let generator: String
    /// Every declared claim's verdict, in page order.
    let claims: [Claim]
    let claimsByID: [String: Claim]
    /// Results by example id, and the configurations of each `params=` block by its base id.
    var resultsByID: [String: ExampleResult] { index.byID }
    var resultsByBase: [String: [ExampleResult]] { index.byBase }
    /// Every colour of the site: one per model and one per worker of each example.
    let palette: SitePalette
    /// "page example-id" for every example a chart on the same page draws.
    let chartedOnPage: Set<String>
    /// Every chart's figure link with the example ids it draws, in site order.
    let chartLinks: [(link: String, title: String, ids: [String])]
    /// True when pages gather their examples' warnings into one notice per kind at the top,
    /// so an example shows none of its own.
    var gathersNotices = true
    /// The environments of `sitegen.yml` with their results (empty without the file).
    private(set) var environments: [EnvironmentRun]
    /// Analyze's findings for every chart, and the environment whose results `index` holds.
    let charts: ChartFindings
    private(set) var environmentID: String
    /// The optional environments of `sitegen.yml` this machine could not run (no interpreter).
    let unavailable: [UnavailableEnvironment]
    /// Per example id, the environments that ran it with their result, in `sitegen.yml`'s order.
    private let resultsByEnvironment: [String: [(EnvironmentRun, ExampleResult)]]

    init(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String,
        claims: [Claim] = [], index: ResultIndex? = nil, environments: [EnvironmentRun] = [],
        unavailable: [UnavailableEnvironment] = [], charts: ChartFindings
    ) {
        self.environments = environments
        self.unavailable = unavailable
        environmentID = environments.first?.environment.spec.id ?? EnvironmentSpec.default.id
        // Analyze decided every chart's entries and comparisons; Render only lays them out.
        self.charts = charts
        var byEnvironment: [String: [(EnvironmentRun, ExampleResult)]] = [:]
        if environments.count > 1 {
            for run in environments {
                for result in run.results {
                    byEnvironment[result.example.id, default: []].append((run, result))
                }
            }
        }
        resultsByEnvironment = byEnvironment
        self.site = site
        self.index = index ?? ResultIndex(results)
        navigation = Navigation(pages: site.pages)
        siteTitle = site.pages.first { $0.outputPath == "index.html" }?.title ?? site.pages[0].title
        pageTitles = Dictionary(site.pages.map { ($0.outputPath, $0.title) }) { first, _ in first }
        pagesWithResults = Set(results.map(\.example.page))
        self.machine = machine
        self.generator = generator
        self.claims = claims
        claimsByID = Dictionary(claims.map { ($0.id, $0) }) { first, _ in first }
        palette = SitePalette(results: results)
        var charted: Set<String> = []
        var charts: [(link: String, title: String, ids: [String])] = []
        for page in site.pages {
            for case .chart(let spec) in page.segments {
                // A side-by-side of outputs summarises no measurement: its examples stay open.
                if spec.kind != .outputs {
                    for id in spec.examples { charted.insert("\(page.outputPath) \(id)") }
                }
                charts.append(("\(page.outputPath)#\(spec.anchor)", spec.title, spec.examples))
            }
        }
        chartedOnPage = charted
        chartLinks = charts
    }

    /// Cores the build could use (affinity), for the charts' "cores available" marks.
    var coresAvailable: Int { machine.coresAvailable > 0 ? machine.coresAvailable : machine.cores }

    /// True when a chart on the example's own page summarises it: its detail can fold away.
    func isCharted(_ example: Example) -> Bool {
        chartedOnPage.contains("\(example.page) \(example.id)")
            || chartedOnPage.contains("\(example.page) \(example.baseID)")
    }

    /// The figure that compares the most of `ids` (a claim's evidence), if any chart draws them.
    func comparisonLink(_ ids: [String]) -> String? { comparisonChart(ids)?.link }

    /// The same figure with its title, for a link whose text says where it goes.
    func comparisonChart(_ ids: [String]) -> (link: String, title: String)? {
        let bases = Set(ids.map { $0.split(separator: "@").first.map(String.init) ?? $0 })
        let scored = chartLinks.map { chart in
            (chart, chart.ids.filter { ids.contains($0) || bases.contains($0) }.count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return scored.first { $0.1 == best.1 }.map { ($0.0.link, $0.0.title) }
    }

    /// The same site seen from one environment: its results and its machine (for a chart's
    /// panel); the colours stay the site's.
    func scoped(to run: EnvironmentRun) -> RenderContext {
        var copy = self
        copy.index = ResultIndex(run.results)
        copy.machine = run.machine
        copy.environmentID = run.environment.spec.id
        copy.environments = []
        return copy
    }

    /// The environments that ran the example, each with its result; empty for a site with one
    /// environment, whose pages show the one result as they always did.
    func environmentResults(_ id: String) -> [(EnvironmentRun, ExampleResult)] {
        resultsByEnvironment[id] ?? []
    }

    /// The results an id stands for: the example itself, or every configuration of a sweep.
    func results(for id: String) -> [ExampleResult] { index.results(for: id) }

    /// Where an example is shown: `page.html#example-id` (a sweep's base id names its block).
    func exampleLink(_ id: String) -> String? {
        guard let page = results(for: id).first?.example.page else { return nil }
        return "\(page)#example-\(id)"
    }
}
