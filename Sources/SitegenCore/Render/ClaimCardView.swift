/// A `claim` fence in place: the statement, the verdict, the reason with the numbers, the
/// author's note, the clauses as written, and links to the evidence.
enum ClaimCardView {
    static func node(_ declaration: ClaimDeclaration, _ context: RenderContext) -> Node {
        guard let claim = context.claimsByID[declaration.id] else { return .text("") }
        var children: [Node] = [
            .el(
                "p", [("class", "claim-statement")],
                [.text(claim.text + " "), ClaimBadge.node(claim, context)]),
            .el(
                "p", [("class", "verdict-sentence")], text: ClaimsTableView.sentence(claim)),
            .el("div", [("class", "claim-reason")], ClaimReasonView.nodes(claim.reason)),
        ]
        if claim.isPerEnvironment {
            children.append(ClaimsTableView.verdictList(claim))
        }
        if let explain = claim.explain {
            children.append(.el("p", [("class", "claim-explain")], text: explain))
        }
        let evidence: [Node] = claim.evidence.enumerated().flatMap { index, id -> [Node] in
            let link: Node =
                context.exampleLink(id).map { .el("a", [("href", $0)], [.el("code", text: id)]) }
                ?? .el("code", text: id)
            return index == 0 ? [link] : [.text(", "), link]
        }
        if !evidence.isEmpty {
            var line: [Node] = [.text("Evidence: ")] + evidence
            if let figure = context.comparisonLink(claim.evidence) {
                line += [.text(" — "), .el("a", [("href", figure)], text: "the comparison")]
            }
            children.append(.el("p", [("class", "claim-evidence")], line))
        }
        children.append(
            .el(
                "details", [("class", "claim-clauses")],
                [
                    .el("summary", text: "How it is decided"),
                    .el("pre", [.el("code", text: claim.clauses.joined(separator: "\n"))]),
                ]))
        return .el(
            "aside",
            [
                ("class", "claim-card verdict-\(claim.verdict.rawValue)"),
                ("id", declaration.anchor),
            ],
            children)
    }
}
