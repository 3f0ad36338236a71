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

    init(site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String) {
        self.site = site
        self.results = results
        resultsByBlock = Dictionary(grouping: results, by: \.example.location)
        navigation = Navigation(pages: site.pages)
        siteTitle = site.pages.first { $0.outputPath == "index.html" }?.title ?? site.pages[0].title
        pageTitles = Dictionary(site.pages.map { ($0.outputPath, $0.title) }) { first, _ in first }
        pagesWithResults = Set(results.map(\.example.page))
        self.machine = machine
        self.generator = generator
    }
}
