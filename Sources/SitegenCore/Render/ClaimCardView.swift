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
                "div", [("class", "claim-reason")], ClaimVerdictView.nodes(claim, explained: false)),
        ]
        let evidence = ClaimsTableView.evidence(claim, context)
        if !evidence.isEmpty {
            children.append(
                .el("p", [("class", "claim-evidence")], [.text("Evidence: ")] + evidence))
        }
        children.append(
            .el(
                "details", [("class", "claim-clauses")],
                // The author's explanation folds with the clauses it explains: the card shows
                // the verdict and its reasons in view, the reasoning a click away.
                [.el("summary", text: "How it is decided")]
                    + (claim.explain.map { [.el("p", [("class", "claim-explain")], text: $0)] }
                        ?? [])
                    + [.el("pre", [.el("code", text: claim.clauses.joined(separator: "\n"))])]))
        return .el(
            "aside",
            [
                ("class", "claim-card verdict-\(claim.verdict.rawValue)"),
                ("id", declaration.anchor),
            ],
            children)
    }
}
