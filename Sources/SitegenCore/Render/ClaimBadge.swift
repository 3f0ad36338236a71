/// A claim's verdict as a badge: text and colour, linking to its card, the reason in its title.
enum ClaimBadge {
    /// The badge of a `[](claim:ID)` link (the parser checked the claim is declared).
    static func node(_ id: String, _ context: RenderContext) -> Node {
        guard let claim = context.claimsByID[id] else { return .text("") }
        return node(claim, context)
    }

    static func node(_ claim: Claim, _ context: RenderContext) -> Node {
        .el(
            "a",
            [
                (
                    "class",
                    "claim-badge verdict-\(claim.verdict.rawValue)"
                        + (claim.isPerEnvironment ? " per-environment" : "")
                ), ("href", claim.link),
                ("title", claim.isPerEnvironment ? claim.summary : label(claim.verdict)),
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
        case .notApplicable: "does not apply"
        }
    }

    static func symbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .holds: "✓"
        case .fails: "✗"
        case .inconclusive: "?"
        case .notApplicable: "–"
        }
    }
}
