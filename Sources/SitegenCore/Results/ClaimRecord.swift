/// One claim of `results.json`'s `claims`, with its verdict (overall, and per environment).
public struct ClaimRecord: Codable, Sendable, Hashable {
    public var id: String
    public var text: String
    public var page: String
    /// `holds`, `fails` or `inconclusive`.
    public var verdict: String
    public var reason: String
    public var evidence: [String]
    public var clauses: [String]
    /// Written as null when the claim has no `explain` note, so every claim has the same fields.
    public var explain: String?
    public var source: String
    public var verdicts: [VerdictRecord]
    public var summary: String

    /// The claim's verdict in one environment.
    public struct VerdictRecord: Codable, Sendable, Hashable {
        public var environment: String
        public var label: String
        public var verdict: String
        public var reason: String
    }

    public func encode(to encoder: any Encoder) throws {
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
