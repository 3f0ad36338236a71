/// What every page needs from the rest of the site, computed once per build.
struct RenderContext: Sendable {
    let site: SiteParser.Site
    let results: [ExampleResult]
    /// The results of each runnable block (several for a `params=` sweep), in run order.
    let resultsByBlock: [SourceLocation: [ExampleResult]]
    let navigation: Navigation
    let siteTitle: String
    let pageTitles: [String: String]
    let pagesWithResults: Set<String>
    let machine: MachineInfo
    let generator: String
    /// Every claim's verdict, in `ClaimStatement.all` order.
    let claims: [Claim]
    let claimsByID: [String: Claim]
    /// Results by example id, and the configurations of each `params=` block by its base id.
    let resultsByID: [String: ExampleResult]
    let resultsByBase: [String: [ExampleResult]]
    /// Every colour of the site: one per model and one per worker of each example.
    let palette: SitePalette
    /// "page example-id" for every example a chart on the same page draws.
    let chartedOnPage: Set<String>

    init(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String,
        claims: [Claim] = []
    ) {
        self.site = site
        self.results = results
        resultsByBlock = Dictionary(grouping: results, by: \.example.location)
        navigation = Navigation(pages: site.pages)
        siteTitle = site.pages.first { $0.outputPath == "index.html" }?.title ?? site.pages[0].title
        pageTitles = Dictionary(site.pages.map { ($0.outputPath, $0.title) }) { first, _ in first }
        pagesWithResults = Set(results.map(\.example.page))
        self.machine = machine
        self.generator = generator
        self.claims = claims
        claimsByID = Dictionary(claims.map { ($0.id, $0) }) { first, _ in first }
        resultsByID = Dictionary(results.map { ($0.example.id, $0) }) { first, _ in first }
        resultsByBase = Dictionary(grouping: results, by: \.example.baseID)
        palette = SitePalette(results: results)
        var charted: Set<String> = []
        for page in site.pages {
            for case .code(let block) in page.segments
            where block.info.language == ChartSpecParser.language {
                for id in (block.info["examples"] ?? "").split(separator: ",") {
                    charted.insert("\(page.outputPath) \(id.trimmingWhitespace)")
                }
            }
        }
        chartedOnPage = charted
    }

    /// Cores the build could use (affinity), for the charts' "cores available" marks.
    var coresAvailable: Int { machine.coresAvailable > 0 ? machine.coresAvailable : machine.cores }

    /// True when a chart on the example's own page summarises it: its detail can fold away.
    func isCharted(_ example: Example) -> Bool {
        chartedOnPage.contains("\(example.page) \(example.id)")
            || chartedOnPage.contains("\(example.page) \(example.baseID)")
    }

    /// The results an id stands for: the example itself, or every configuration of a sweep.
    func results(for id: String) -> [ExampleResult] {
        if let result = resultsByID[id] { return [result] }
        return resultsByBase[id] ?? []
    }

    /// Where an example is shown: `page.html#example-id` (a sweep's base id names its block).
    func exampleLink(_ id: String) -> String? {
        guard let page = results(for: id).first?.example.page else { return nil }
        return "\(page)#example-\(id)"
    }
}
