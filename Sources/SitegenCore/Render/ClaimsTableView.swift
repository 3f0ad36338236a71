/// The ```` ```claims ```` block: every claim of the document with its verdict, reason and evidence.
enum ClaimsTableView {
    static func node(_ context: RenderContext) -> Node {
        let header: Node = .el(
            "tr",
            ["Claim and its evidence", "Verdict", "Why (measured on this machine)"].map {
                .el("th", [("scope", "col")], text: $0)
            })
        let rows = context.claims.map { claim -> Node in
            let page = context.pageTitles[claim.page] ?? claim.page
            return .el(
                "tr", [("id", "claims-\(claim.id)")],
                [
                    .el(
                        "th", [("scope", "row")],
                        [
                            // The statement is the link to its card: one line less per row
                            // than a "(its card on …)" link, and the link says where it goes.
                            .el(
                                "a", [("href", claim.link), ("title", "Its card on \(page)")],
                                text: claim.text),
                            .el(
                                "span", [("class", "claim-evidence")],
                                [.text("Evidence: ")] + evidence(claim, context)),
                        ]),
                    .el("td", [("data-label", "Verdict")], [ClaimBadge.node(claim, context)]),
                    .el(
                        "td", [("class", "why"), ("data-label", "Why")],
                        ClaimVerdictView.nodes(claim, explained: true)),
                ])
        }
        let environments = Set(context.claims.flatMap { $0.verdicts.map(\.environment) }).count
        let caption: String =
            context.claims.isEmpty
            ? "No claim was checked in this build."
            : (context.claims.contains(where: \.isPerEnvironment)
                ? "The document's claims, checked when this site was built in each of its \(environments) environments that ran their examples. "
                : "The document's claims, each checked by the experiments when this site was built (\(context.coresAvailable) \(context.coresAvailable == 1 ? "core" : "cores") available). ")
                + ClaimReasonView.glossary
        return .el(
            "table", [("class", "claims"), ("id", "claims")],
            [.el("caption", text: caption), .el("thead", [header]), .el("tbody", rows)])
    }

    /// Links to the examples a claim compares, then to the figure that compares them, named by
    /// its title so each link says where it goes.
    static func evidence(_ claim: Claim, _ context: RenderContext) -> [Node] {
        var nodes: [Node] = claim.evidence.enumerated().flatMap { index, id -> [Node] in
            let link: Node =
                context.exampleLink(id).map { .el("a", [("href", $0)], [.el("code", text: id)]) }
                ?? .el("code", text: id)
            return index == 0 ? [link] : [.text(", "), link]
        }
        if let chart = context.comparisonChart(claim.evidence) {
            nodes += [.text(" — chart: "), .el("a", [("href", chart.link)], text: chart.title)]
        }
        return nodes
    }
}
