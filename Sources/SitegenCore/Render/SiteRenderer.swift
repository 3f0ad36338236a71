import Foundation

/// The Render stage: every output file of the site as relative path → bytes. Pure: no I/O, no clock.
enum SiteRenderer {
    static func render(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String,
        claims: [Claim] = [], index: ResultIndex? = nil, environments: [EnvironmentRun] = [],
        unavailable: [UnavailableEnvironment] = [], charts: ChartFindings
    ) throws -> [String: [UInt8]] {
        let context = RenderContext(
            site: site, results: results, machine: machine, generator: generator, claims: claims,
            index: index, environments: environments, unavailable: unavailable, charts: charts)
        let pages = try site.pages.parallelMap { PageRenderer.render($0, context) }
        var files = Dictionary(
            uniqueKeysWithValues: zip(site.pages.map(\.outputPath), pages))
        if context.navigation.isWindowed {
            files[Navigation.contentsPath] = contentsPage(context)
        }
        files["assets/site.css"] = Array((Stylesheet.css + ChartStyles.css).utf8)
        for result in results {
            files[result.example.sourceFilePath] = Array(result.example.code.utf8)
            for file in result.example.files { files[file.sitePath] = file.bytes }
            files[result.example.captureFilePath] = try ResultsDocument.encode(
                record: ResultsDocument.record(result))
        }
        for page in site.pages {
            if let notebook = try NotebookDocument.render(
                page, resultsByBlock: context.resultsByBlock)
            {
                files[NotebookDocument.path(forPage: page.outputPath)] = notebook
            }
        }
        files["results.json"] = try ResultsDocument.encode(
            results: results, machine: machine, generator: generator, claims: claims,
            environments: environments)
        return files
    }

    /// The list of every page, for sites too large to list them all in the sidebar.
    static func contentsPage(_ context: RenderContext) -> [UInt8] {
        let list: Node = .el(
            "ol",
            context.navigation.all.map {
                .el("li", [.el("a", [("href", $0.path)], text: $0.title)])
            })
        return Array(
            PageLayout.document(
                title: "All pages", siteTitle: context.siteTitle,
                description: "Every page of \(context.siteTitle).", path: Navigation.contentsPath,
                nav: context.navigation.items(for: context.site.pages[0].outputPath),
                body: [.el("h1", text: "All pages"), list], footer: []
            ).utf8)
    }
}
