/// A claim's verdict as a badge: text and colour, linking to its evidence, the reason in its title.
enum ClaimBadge {
    static func node(_ claim: Claim, _ context: RenderContext) -> Node {
        let href =
            context.comparisonLink(claim.evidence)
            ?? claim.evidence.lazy.compactMap(context.exampleLink).first ?? "index.html#claims"
        return .el(
            "a",
            [
                ("class", "claim-badge verdict-\(claim.verdict.rawValue)"), ("href", href),
                ("title", "\(label(claim.verdict)): \(claim.reason)"),
            ],
            [
                .el("span", [("aria-hidden", "true")], text: symbol(claim.verdict) + " "),
                .text("measured: \(label(claim.verdict))"),
            ])
    }

    static func label(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: "holds"
        case .fails: "does not hold"
        case .inconclusive: "inconclusive"
        }
    }

    static func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: "✓"
        case .fails: "✗"
        case .inconclusive: "?"
        }
    }

    /// Replaces each `<a href="claim:id"></a>` cmark rendered from `[](claim:id)` with its badge.
    static func replacing(in html: String, _ context: RenderContext) -> String {
        // A byte search: Foundation's `contains` took a fifth of a 10,000-page build's CPU.
        guard html.utf8Offset(of: "href=\"\(DirectiveChecker.claimScheme)") != nil else {
            return html
        }
        var result = html
        for claim in context.claims {
            let link = "<a href=\"\(DirectiveChecker.claimScheme)\(claim.id)\"></a>"
            if result.utf8Offset(of: link) != nil {
                result = result.replacingAll(link, with: node(claim, context).rendered)
            }
        }
        return result
    }
}
