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
        // The table's caption says what "beyond the noise" means: not each of its rows.
        var lead = lead
        if let noise = lead.range(of: #" beyond the noise \([^)]*\)"#, options: .regularExpression)
        {
            lead.replaceSubrange(noise, with: " beyond the noise")
        }
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

    /// The clauses of a "Measured:" list ("a; b; a.") with repeats dropped, in order; two
    /// clauses that quote the same measurement ("x ran 2.00× as fast (…), not above 3.00×" and
    /// "x ran 2.00× as fast (…), below 3.00×") say it once, with both relations.
    static func unique(_ figures: String) -> String {
        let body = figures.hasSuffix(".") ? String(figures.dropLast()) : figures
        var seen: [(head: String, tails: [String])] = []
        for clause in clauses(body) {
            let (head, tail) = measurement(clause)
            if let index = seen.firstIndex(where: { $0.head == head }) {
                if let tail, !seen[index].tails.contains(tail) { seen[index].tails.append(tail) }
            } else {
                seen.append((head, tail.map { [$0] } ?? []))
            }
        }
        return seen.map { clause in
            clause.tails.isEmpty
                ? clause.head : clause.head + "), " + clause.tails.joined(separator: ", and ")
        }.joined(separator: "; ") + "."
    }

    /// A "Measured:" list split at its "; " outside parentheses ("(4 runs each; 95 % CI …)"
    /// stays whole).
    static func clauses(_ body: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var rest = Substring(body)
        while let character = rest.first {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            }
            if depth == 0, rest.hasPrefix("; ") {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(2)
                continue
            }
            current.append(character)
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts
    }

    /// A clause split at its last "), ": the measurement, and what it is against.
    static func measurement(_ clause: String) -> (head: String, tail: String?) {
        guard let range = clause.range(of: "), ", options: .backwards) else { return (clause, nil) }
        return (String(clause[..<range.lowerBound]), String(clause[range.upperBound...]))
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
