import Foundation

/// The Render stage: every output file of the site as relative path → bytes. Pure: no I/O, no clock.
public enum SiteRenderer {
    public static func render(
        site: SiteParser.Site, results: [ExampleResult], machine: MachineInfo, generator: String
    ) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let byID = Dictionary(uniqueKeysWithValues: results.map { ($0.example.id, $0) })
        let navigation = Navigation(pages: site.pages)
        let siteTitle =
            site.pages.first { $0.outputPath == "index.html" }?.title ?? site.pages[0].title
        let pageTitles = Dictionary(site.pages.map { ($0.outputPath, $0.title) }) { first, _ in first }
        for page in site.pages {
            var body: [Node] = []
            if page.headings.first?.level != 1 { body.append(.el("h1", text: page.title)) }
            var exampleIndex = 0
            for segment in page.segments {
                switch segment {
                case .html(let html):
                    body.append(.raw(html))
                case .code(let block):
                    if block.info.isRunnable {
                        let example = site.examples.first { $0.location == block.location }
                        exampleIndex += 1
                        if let example, let result = byID[example.id] {
                            body.append(ExampleView.node(block, result: result))
                        } else {
                            body.append(CodeView.node(block))
                        }
                    } else {
                        body.append(CodeView.node(block))
                    }
                }
            }
            if let toc = TableOfContents.node(page.headings) { body = TableOfContents.placed(toc, in: body) }
            if page.outputPath == "index.html",
                let summary = BuildSummaryView.node(results: results, machine: machine, pageTitles: pageTitles)
            {
                body.append(summary)
            }
            let shows = results.contains { $0.example.page == page.outputPath }
            let footer: [Node] =
                shows
                ? [MachineView.node(machine, generator: generator)]
                : [.el("p", text: "Built by \(generator) from \(page.sourcePath).")]
            let html = PageLayout.document(
                title: page.title, siteTitle: siteTitle, description: page.summary,
                path: page.outputPath, nav: navigation.items(for: page.outputPath), body: body,
                footer: footer)
            files[page.outputPath] = Array(html.utf8)
        }
        if navigation.isWindowed {
            let list: Node = .el(
                "ol",
                navigation.all.map { .el("li", [.el("a", [("href", $0.path)], text: $0.title)]) })
            files[Navigation.contentsPath] = Array(
                PageLayout.document(
                    title: "All pages", siteTitle: siteTitle,
                    description: "Every page of \(siteTitle).",
                    path: Navigation.contentsPath,
                    nav: navigation.items(for: site.pages[0].outputPath),
                    body: [.el("h1", text: "All pages"), list], footer: []
                ).utf8)
        }
        files["assets/site.css"] = Array(Stylesheet.css.utf8)
        for result in results {
            files[result.example.sourceFilePath] = Array(result.example.code.utf8)
            files[result.example.captureFilePath] = try ResultsDocument.encode(record: ResultsDocument.record(result))
        }
        files["results.json"] = try ResultsDocument.encode(
            results: results, machine: machine, generator: generator)
        return files
    }
}
