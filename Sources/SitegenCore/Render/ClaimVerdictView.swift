/// A claim's verdict for readers, in the claims table and on its card: one plain sentence that
/// covers every environment, one short line per environment that decided otherwise (or, for a
/// verdict that is not "holds", why), and the figures folded, each given once.
enum ClaimVerdictView {
    /// The one sentence: "Holds on CPython and PyPy; could not be decided on CPython, one core."
    /// The overall verdict's group comes first. With one environment: the reason's lead.
    static func sentence(_ claim: Claim) -> String {
        guard claim.isPerEnvironment else { return ClaimReasonView.split(claim.reason).lead }
        let order =
            [claim.verdict]
            + [Verdict.holds, .fails, .inconclusive, .notApplicable].filter {
                $0 != claim.verdict
            }
        let parts = order.compactMap { verdict -> String? in
            let labels = claim.verdicts.filter { $0.verdict == verdict }.map(\.label)
            guard !labels.isEmpty else { return nil }
            let list = Format.list(labels)
            switch verdict {
            case .holds: return "holds on \(list)"
            case .fails: return "does not hold on \(list)"
            case .inconclusive: return "could not be decided on \(list)"
            case .notApplicable: return "does not apply on \(list)"
            }
        }
        return ClaimEvaluator.sentence(parts.joined(separator: "; "))
    }

    /// One line per distinct reason of the environments that decided differently from the
    /// overall verdict, and of those that explain a verdict other than "holds": "CPython, one
    /// core: only 1 core was available, …". Environments with the same reason share a line.
    /// `short` (the claims table) keeps each reason's words before its figures ("The experiment
    /// itself is off (a check was not shown)."); the fold below still has every figure.
    static func differing(_ claim: Claim, short: Bool = false) -> [(labels: [String], lead: String)]
    {
        guard claim.isPerEnvironment else { return [] }
        var lines: [(labels: [String], lead: String)] = []
        for verdict in claim.verdicts
        where verdict.verdict != claim.verdict || verdict.verdict != .holds {
            // The table's sentence already says where it does not apply; the card says why.
            if short, verdict.verdict == .notApplicable { continue }
            // The sentence above already says where it does not apply: the line says why.
            var full = ClaimReasonView.split(verdict.reason).lead
            if verdict.verdict == .notApplicable, full.hasPrefix(notApplicablePrefix) {
                full = ClaimEvaluator.sentence(String(full.dropFirst(notApplicablePrefix.count)))
            }
            let lead = short ? self.short(full) : full
            if let index = lines.firstIndex(where: { $0.lead == lead }) {
                lines[index].labels.append(verdict.label)
            } else {
                lines.append(([verdict.label], lead))
            }
        }
        return lines
    }

    /// How the claims engine opens the reason of a claim that does not apply.
    static let notApplicablePrefix = "Does not apply here: "

    /// A reason's words before the figures it quotes: up to its first ": ", as a sentence.
    static func short(_ lead: String) -> String {
        guard let colon = lead.range(of: ": ") else { return lead }
        return ClaimEvaluator.sentence(String(lead[..<colon.lowerBound]))
    }

    /// The figures behind the verdict, per environment, each clause once (several environments
    /// measuring the same figures share a paragraph).
    static func figures(_ claim: Claim) -> [(label: String?, text: String)] {
        guard claim.isPerEnvironment else {
            return ClaimReasonView.split(claim.reason).figures.map { [(nil, unique($0))] } ?? []
        }
        var shown: [(label: String?, text: String)] = []
        for verdict in claim.verdicts {
            guard let figures = ClaimReasonView.split(verdict.reason).figures else { continue }
            shown.append((verdict.label, unique(figures)))
        }
        return shown
    }

    /// The clauses of a "Measured:" list ("a; b; a.") with repeats dropped, in order.
    static func unique(_ figures: String) -> String {
        let body = figures.hasSuffix(".") ? String(figures.dropLast()) : figures
        var seen: [String] = []
        for clause in body.components(separatedBy: "; ") where !seen.contains(clause) {
            seen.append(clause)
        }
        return seen.joined(separator: "; ") + "."
    }

    /// The sentence, the differing lines and the fold, as nodes for a table cell or a card.
    static func nodes(_ claim: Claim, explained: Bool) -> [Node] {
        var nodes: [Node] = [.el("p", [("class", "verdict-sentence")], text: sentence(claim))]
        let lines = differing(claim, short: explained)
        if !lines.isEmpty {
            nodes.append(
                .el(
                    "ul", [("class", "claim-verdicts")],
                    lines.map { line in
                        .el(
                            "li", [],
                            [
                                .el("strong", text: Format.list(line.labels) + ":"),
                                .text(" " + line.lead),
                            ])
                    }))
        }
        let figures = self.figures(claim)
        guard !figures.isEmpty else { return nodes }
        let paragraphs: [Node] = figures.map { figure in
            .el(
                "p",
                (figure.label.map { [Node.el("strong", text: $0 + ":"), .text(" ")] } ?? [])
                    + [.text(figure.text)])
        }
        let note: [Node] =
            explained ? [] : [.el("p", [("class", "figures-note")], text: ClaimReasonView.glossary)]
        nodes.append(
            .el(
                "details", [("class", "claim-figures")],
                [.el("summary", text: "The figures behind this verdict")] + note + paragraphs))
        return nodes
    }
}
