/// Which examples the build measures together.
extension SiteBuilder {
    /// The examples each `comparison` or `scaling` chart compares, with its `budget=`, and the
    /// examples each claim's clauses name (its evidence), with the claim's `budget=`.
    static func comparisons(in site: SiteParser.Site) throws -> [MeasurementGroup.Comparison] {
        var comparisons: [MeasurementGroup.Comparison] = []
        for page in site.pages {
            for case .chart(let spec) in page.segments where spec.comparesTimes {
                comparisons.append(.init(ids: spec.examples, budget: spec.budget))
            }
        }
        for claim in site.claims where claim.evidence.count >= 2 {
            comparisons.append(.init(ids: claim.evidence, budget: claim.budget))
        }
        return comparisons
    }
}
