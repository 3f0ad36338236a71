/// Checks the content's directives to sitegen: `chart` blocks and `[](claim:id)` badges. An
/// unknown chart kind, example id or claim id is a `SitegenError` at its file:line.
enum DirectiveChecker {
    /// The link scheme that places a claim's verdict badge: `[](claim:gil-threads-cpu)`.
    static let claimScheme = "claim:"
    /// The fence language of the home page's table of every claim.
    static let claimsLanguage = "claims"

    static func check(_ site: SiteParser.Site, claims: [ClaimStatement] = ClaimStatement.all) throws
    {
        let ids = Set(site.examples.map(\.id))
        let bases = Set(site.examples.filter { !$0.parameters.isEmpty }.map(\.baseID))
        let claimIDs = Set(claims.map(\.id))
        for page in site.pages {
            for segment in page.segments {
                guard case .code(let block) = segment, !block.info.isRunnable,
                    block.info.language == ChartSpecParser.language
                else { continue }
                _ = try ChartSpecParser.parse(block, ids: ids, bases: bases)
            }
            for link in page.links where link.destination.hasPrefix(claimScheme) {
                let id = String(link.destination.dropFirst(claimScheme.count))
                guard claimIDs.contains(id) else {
                    throw SitegenError(
                        .parse, at: SourceLocation(file: page.sourcePath, line: link.line),
                        "unknown claim '\(id)'",
                        hint: "claims are \(claims.map(\.id).joined(separator: ", "))")
                }
            }
        }
    }
}
