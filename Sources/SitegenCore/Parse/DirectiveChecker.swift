/// Resolves the content's directives to sitegen against the whole site: `chart` fences become
/// typed `ChartSpec`s, `claim` fences are collected and their example ids checked, and every
/// `[](claim:ID)` badge must name a declared claim. Each problem is a `SitegenError` at its
/// file:line (the clause's line for a claim).
enum DirectiveChecker {
    /// The fence language of the table of every claim.
    static let claimsLanguage = "claims"

    static func resolve(_ site: inout SiteParser.Site) throws {
        let ids = Set(site.examples.map(\.id))
        let sweeps = Dictionary(grouping: site.examples.filter { !$0.parameters.isEmpty }) {
            $0.baseID
        }
        for index in site.pages.indices {
            site.pages[index].segments = try site.pages[index].segments.map { segment in
                guard case .code(let block) = segment, !block.info.isRunnable,
                    block.info.language == ChartSpecParser.language
                else { return segment }
                return .chart(try ChartSpecParser.parse(block, examples: site.examples))
            }
        }
        var declared: [String: ClaimDeclaration] = [:]
        var claims: [ClaimDeclaration] = []
        for page in site.pages {
            for claim in page.claims {
                if let first = declared[claim.id] {
                    throw SitegenError(
                        .parse, at: claim.location,
                        "the claim id '\(claim.id)' is already declared at \(first.location)",
                        hint: "give each claim fence its own id=")
                }
                for clause in claim.clauses {
                    guard case .compare(_, let comparison) = clause.kind else { continue }
                    try check(comparison, at: clause.location, ids: ids, sweeps: sweeps)
                }
                declared[claim.id] = claim
                claims.append(claim)
            }
        }
        for page in site.pages {
            // Badges are empty links outside any link; one with text, or inside a link, would
            // be left as a dead `claim:` link (or a link inside a link).
            if let link = page.links.first(where: { $0.destination.hasPrefix("claim:") }) {
                throw SitegenError(
                    .parse, at: SourceLocation(file: page.sourcePath, line: link.line),
                    "a claim badge takes no link text and cannot sit inside a link (a link inside a link is not valid HTML)",
                    hint:
                        "write [](\(link.destination)) after the sentence it checks, outside any link"
                )
            }
            for segment in page.segments {
                guard case .badge(let id, let location) = segment, declared[id] == nil else {
                    continue
                }
                let known = claims.map(\.id).joined(separator: ", ")
                throw SitegenError(
                    .parse, at: location, "no claim fence declares the claim '\(id)'",
                    hint: claims.isEmpty
                        ? "declare it with a ```claim id=\(id) fence, or remove the badge"
                        : "declared claims are \(known); or add a ```claim id=\(id) fence")
            }
        }
        site.claims = claims
    }

    /// The example ids a comparison names exist: example (or configuration) ids, or for
    /// `for each PARAM:` the base ids of sweeps over PARAM.
    static func check(
        _ comparison: ClaimComparison, at location: SourceLocation, ids: Set<String>,
        sweeps: [String: [Example]]
    ) throws {
        for id in comparison.exampleIDs {
            if let parameter = comparison.forEach {
                guard let configurations = sweeps[id] else {
                    throw SitegenError(
                        .parse, at: location,
                        "'for each \(parameter)' needs sweeps, and '\(id)' is not the id of a params= block",
                        hint: "name blocks with params=\"\(parameter)=…\", or drop 'for each'")
                }
                guard configurations.allSatisfy({ $0.parameters[parameter] != nil }) else {
                    throw SitegenError(
                        .parse, at: location, "the sweep '\(id)' has no parameter '\(parameter)'",
                        hint: "its parameters are "
                            + Set(configurations.flatMap(\.parameters.keys)).sorted().joined(
                                separator: ", "))
                }
            } else if !ids.contains(id) {
                throw SitegenError(
                    .parse, at: location,
                    "the claim names '\(id)', which is not an example of this site",
                    hint: sweeps[id] != nil
                        ? "'\(id)' is a sweep: write 'for each PARAM:' or a configuration id such as \(sweeps[id]![0].id)"
                        : "use the id= of a runnable block")
            }
        }
    }
}
