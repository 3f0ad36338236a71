/// One claim of `results.json`'s `claims`, with its verdict (overall, and per environment).
struct ClaimRecord: Codable, Sendable, Hashable {
    var id: String
    var text: String
    var page: String
    /// `holds`, `fails` or `inconclusive`.
    var verdict: String
    var reason: String
    var evidence: [String]
    var clauses: [String]
    /// Written as null when the claim has no `explain` note, so every claim has the same fields.
    var explain: String?
    var source: String
    var verdicts: [VerdictRecord]
    var summary: String

    /// The claim's verdict in one environment.
    struct VerdictRecord: Codable, Sendable, Hashable {
        var environment: String
        var label: String
        var verdict: String
        var reason: String
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(page, forKey: .page)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(reason, forKey: .reason)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(clauses, forKey: .clauses)
        try container.encode(explain, forKey: .explain)
        try container.encode(source, forKey: .source)
        try container.encode(verdicts, forKey: .verdicts)
        try container.encode(summary, forKey: .summary)
    }
}

extension ClaimRecord {
    init(_ claim: Claim) {
        id = claim.id
        text = claim.text
        page = claim.page
        verdict = claim.verdict.rawValue
        reason = claim.reason
        evidence = claim.evidence
        clauses = claim.clauses
        explain = claim.explain
        source = claim.source
        verdicts = claim.verdicts.map {
            VerdictRecord(
                environment: $0.environment, label: $0.label, verdict: $0.verdict.rawValue,
                reason: $0.reason)
        }
        summary = claim.summary
    }
}
