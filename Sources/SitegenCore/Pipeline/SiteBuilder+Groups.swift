/// Which examples the build measures together.
extension SiteBuilder {
    /// The examples each `comparison` or `scaling` chart compares, with its `budget=`. (Claims
    /// add their evidence here once they are content.)
    static func comparisons(in site: SiteParser.Site) throws -> [MeasurementGroup.Comparison] {
        let ids = Set(site.examples.map(\.id))
        let bases = Set(site.examples.map(\.baseID))
        var comparisons: [MeasurementGroup.Comparison] = []
        for page in site.pages {
            for segment in page.segments {
                guard case .code(let block) = segment,
                    block.info.language == ChartSpecParser.language
                else { continue }
                let spec = try ChartSpecParser.parse(block, ids: ids, bases: bases)
                if spec.comparesTimes {
                    comparisons.append(.init(ids: spec.examples, budget: spec.budget))
                }
            }
        }
        return comparisons
    }
}
