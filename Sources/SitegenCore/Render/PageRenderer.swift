/// One content page as a complete HTML document. Pure, so pages render in parallel.
enum PageRenderer {
    static func render(_ page: Page, _ context: RenderContext) -> [UInt8] {
        var body: [Node] = []
        if page.headings.first?.level != 1 { body.append(.el("h1", text: page.title)) }
        for segment in page.segments {
            switch segment {
            case .html(let html):
                body.append(.raw(html))
            case .badge(let id, _):
                body.append(ClaimBadge.node(id, context))
            case .claim(let declaration):
                body.append(ClaimCardView.node(declaration, context))
            case .claimsTable:
                body.append(ClaimsTableView.node(context))
            case .chart(let spec):
                body.append(ChartBlockView.node(spec, context))
            case .code(let block):
                let results = context.resultsByBlock[block.location] ?? []
                if block.info.isRunnable, results.count > 1 {
                    body.append(ConfigurationsView.node(block, results: results, context: context))
                } else if block.info.isRunnable, let result = results.first {
                    body.append(
                        ExampleView.node(
                            block, result: result, context: context,
                            folded: context.isCharted(result.example)))
                } else {
                    body.append(CodeView.node(block))
                }
            }
        }
        if EnvironmentsView.firstPage(context) == page.outputPath,
            let box = EnvironmentsView.box(
                context,
                languages: Set(
                    context.results.filter { $0.example.page == page.outputPath }.map(
                        \.example.language)))
        {
            body = PageNoticesView.placed(box, in: body)
        }
        if let notices = PageNoticesView.node(
            PageNoticesView.concerns(page.outputPath, context), context)
        {
            body = PageNoticesView.placed(notices, in: body)
        }
        body = HeadingLevels.fitted(FigureNumbers.numbered(body))
        if let toc = TableOfContents.node(page.headings) {
            body = TableOfContents.placed(toc, in: body)
        }
        if page.outputPath == "index.html",
            let summary = BuildSummaryView.node(
                results: context.results, machine: context.machine, pageTitles: context.pageTitles)
        {
            body.append(summary)
        }
        let footer: [Node] =
            !context.pagesWithResults.contains(page.outputPath)
            ? [.el("p", text: "Built by \(context.generator) from \(page.sourcePath).")]
            : context.environments.count > 1
                // Each environment keeps its own machine card (its cores, its interpreter).
                ? context.environments.map {
                    MachineView.node(
                        $0.machine, generator: context.generator,
                        environment: $0.environment.spec.label)
                }
                : [MachineView.node(context.machine, generator: context.generator)]
        let missing =
            context.pagesWithResults.contains(page.outputPath)
            ? context.unavailable.map(MachineView.unavailable) : []
        return PageLayout.documentBytes(
            title: page.title, siteTitle: context.siteTitle, description: page.summary,
            path: page.outputPath, nav: context.navigation.items(for: page.outputPath), body: body,
            footer: footer + missing)
    }
}
