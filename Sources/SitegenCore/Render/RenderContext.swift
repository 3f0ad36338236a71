/// What every page needs from the rest of the site, computed once per build.
struct RenderContext: Sendable {
    let site: SiteParser.Site
    /// The results, indexed once for the whole build (shared with Analyze).
    let index: ResultIndex
    var results: [ExampleResult] { index.results }
    /// The results of each runnable block (several for a `params=` sweep), in run order.
    var resultsByBlock: [SourceLocation: [ExampleResult]] { index.byBlock }
    let navigation: Navigation
    let siteTitle: String
    let pageTitles: [String: String]
    let pagesWithResults: Set<String>
    let machine: MachineInfo
    let generator: String
    /// Every declared claim's verdict, in page order.
    let claims: [Claim]
    let claimsByID: [String: Claim]
    /// Results by example id, and the configurations of each `params=` block by its base id.
    var resultsByID: [String: ExampleResult] { index.byID }
    var resultsByBase: [String: [ExampleResult]] { index.byBase }

    init(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String,
        claims: [Claim] = [], index: ResultIndex? = nil
    ) {
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
    }

    /// Cores the build could use (affinity), for the charts' "cores available" marks.
    var coresAvailable: Int { machine.coresAvailable > 0 ? machine.coresAvailable : machine.cores }

    /// The results an id stands for: the example itself, or every configuration of a sweep.
    func results(for id: String) -> [ExampleResult] { index.results(for: id) }

    /// Where an example is shown: `page.html#example-id` (a sweep's base id names its block).
    func exampleLink(_ id: String) -> String? {
        guard let page = results(for: id).first?.example.page else { return nil }
        return "\(page)#example-\(id)"
    }
}
