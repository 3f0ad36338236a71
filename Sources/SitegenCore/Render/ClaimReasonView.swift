/// A verdict's reason for readers: its plain-language lead stays in view, and the figures that
/// back it (the part after "Measured:") fold into a `<details>`, with the first use of
/// "95 % CI" explained. Print shows the figures, since CSS cannot open a `<details>`.
enum ClaimReasonView {
    /// The reason split at its first " Measured: ": the lead, and the figures if any.
    static func split(_ reason: String) -> (lead: String, figures: String?) {
        guard let range = reason.range(of: " Measured: ") else { return (reason, nil) }
        let lead = String(reason[..<range.lowerBound])
        let figures = String(reason[range.upperBound...])
        return figures.isEmpty ? (reason, nil) : (lead, figures)
    }

    /// The plain explanation shown above the figures.
    static let glossary =
        "“95 % CI” is the 95 % confidence interval: the range that, on this evidence, holds the true value 95 times in 100. “Beyond the noise” means that whole range lies past the threshold."

    /// The nodes for a reason: the lead, then the folded figures and their print copy. The
    /// glossary goes inside the fold when `explained` is false (a claim card); the claims table
    /// states it once, in its caption, and passes true.
    static func nodes(_ reason: String, explained: Bool = false) -> [Node] {
        let (lead, figures) = split(reason)
        guard let figures else { return [.text(reason)] }
        let measured: Node = .el("p", text: "Measured: " + figures)
        let note: [Node] = explained ? [] : [.el("p", [("class", "figures-note")], text: glossary)]
        return [
            .el("span", [("class", "reason-lead")], text: lead),
            .el(
                "details", [("class", "claim-figures")],
                [.el("summary", text: "The figures behind this verdict")] + note + [measured]),
            .el("div", [("class", "print-only claim-figures-print")], [measured]),
        ]
    }
}
