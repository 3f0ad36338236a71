/// The ```` ```claims ```` block: every claim of the document with its verdict, reason and evidence.
enum ClaimsTableView {
    static func node(_ context: RenderContext) -> Node {
        let header: Node = .el(
            "tr",
            ["Claim", "Verdict", "Why (measured on this machine)", "Evidence"].map {
                .el("th", [("scope", "col")], text: $0)
            })
        let rows = context.claims.map { claim -> Node in
            let page = context.pageTitles[claim.page] ?? claim.page
            let evidence: [Node] =
                claim.evidence.enumerated().flatMap { index, id -> [Node] in
                    let link: Node =
                        context.exampleLink(id).map {
                            .el("a", [("href", $0)], [.el("code", text: id)])
                        }
                        ?? .el("code", text: id)
                    return index == 0 ? [link] : [.text(", "), link]
                }
                + (context.comparisonLink(claim.evidence).map {
                    [.text(" — "), .el("a", [("href", $0)], text: "the comparison")]
                } ?? [])
            return .el(
                "tr", [("id", "claims-\(claim.id)")],
                [
                    .el(
                        "th", [("scope", "row")],
                        [
                            .text(claim.text + " "),
                            .el(
                                "a", [("href", claim.link), ("class", "claim-page")],
                                text: "(\(page))"),
                        ]),
                    .el(
                        "td", [("data-label", "Verdict")],
                        [
                            ClaimBadge.node(claim, context),
                            .el(
                                "span", [("class", "verdict-sentence")],
                                text: sentence(claim)),
                        ]),
                    claim.isPerEnvironment
                        ? .el(
                            "td", [("class", "why"), ("data-label", "Why")], [verdictList(claim)])
                        : .el(
                            "td", [("class", "why"), ("data-label", "Why")],
                            ClaimReasonView.nodes(claim.reason, explained: true)),
                    .el("td", [("data-label", "Evidence")], evidence),
                ])
        }
        let environments = Set(context.claims.flatMap { $0.verdicts.map(\.environment) }).count
        let caption: String =
            context.claims.isEmpty
            ? "No claim was checked in this build."
            : (context.claims.contains(where: \.isPerEnvironment)
                ? "The document's claims, each checked by the experiments when this site was built, in each of its \(environments) environments that ran the examples the claim compares. "
                : "The document's claims, each checked by the experiments when this site was built (\(context.coresAvailable) \(context.coresAvailable == 1 ? "core" : "cores") available). ")
                + ClaimReasonView.glossary
        return .el(
            "table", [("class", "claims"), ("id", "claims")],
            [.el("caption", text: caption), .el("thead", [header]), .el("tbody", rows)])
    }

    /// The verdict as a plain sentence, shown beside the badge.
    static func sentence(_ claim: Claim) -> String {
        guard claim.isPerEnvironment else { return sentence(claim.verdict) }
        switch claim.verdict {
        case .holds: return "The measurements support it in every environment that could decide it."
        case .fails: return "The measurements contradict it in at least one environment."
        case .inconclusive: return "No environment's measurements could decide it."
        case .notApplicable: return "It is about another kind of interpreter than every one here."
        }
    }

    /// The verdict in each environment with its reason: one item each, stacked (readable on a
    /// phone).
    static func verdictList(_ claim: Claim) -> Node {
        .el(
            "ul", [("class", "claim-verdicts")],
            claim.verdicts.map { verdict in
                .el(
                    "li", [("class", "verdict-\(verdict.verdict.rawValue)")],
                    [
                        .el(
                            "span", [("class", "environment-verdict")],
                            [
                                .el(
                                    "span", [("aria-hidden", "true")],
                                    text: ClaimBadge.symbol(verdict.verdict) + " "),
                                .text(ClaimEvaluator.sentence(verdict.phrase)),
                            ]),
                        .text(" " + verdict.reason),
                    ])
            })
    }

    static func sentence(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: "The measurements on this machine support it."
        case .fails: "The measurements on this machine contradict it."
        case .inconclusive: "The measurements on this machine could not decide it."
        case .notApplicable: "It does not apply here: it is about another kind of interpreter."
        }
    }
}
