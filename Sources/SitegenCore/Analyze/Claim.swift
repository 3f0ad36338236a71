/// A statement of the document, checked on the machine that built the site (`results.json`'s `claims`).
public struct Claim: Sendable, Hashable, Codable {
    public var id: String
    /// The statement, as the document makes it.
    public var text: String
    /// Output file of the page that makes it, e.g. `multithreading.html`.
    public var page: String
    public var verdict: Verdict
    /// Why, with the numbers.
    public var reason: String
    /// Ids of the examples (or sweeps) whose runs are the evidence: those its clauses name.
    public var evidence: [String]
    /// The fence's clauses as written, in order.
    public var clauses: [String]
    /// The author's `explain` note (where a threshold comes from); null when none.
    public var explain: String?
    /// Where the claim is declared, `file:line`.
    public var source: String
    /// Its verdict in each environment that ran all of its evidence, in `sitegen.yml`'s order
    /// (schema 4); `verdict` and `reason` above are the overall ones (`OverallVerdict`).
    public var verdicts: [EnvironmentVerdict] = []
    /// What holds where: "holds on CPython · inconclusive on CPython, one core".
    public var summary: String = ""

    /// Decided in several environments: the overall verdict from theirs.
    public init(_ declaration: ClaimDeclaration, verdicts: [EnvironmentVerdict]) {
        self.init(declaration, OverallVerdict.decide(verdicts))
        self.verdicts = verdicts
        self.summary = OverallVerdict.summary(verdicts)
    }

    public init(_ declaration: ClaimDeclaration, _ finding: Finding) {
        self.id = declaration.id
        self.text = declaration.statement
        self.page = declaration.page
        self.verdict = finding.verdict
        self.reason = finding.reason
        self.evidence = declaration.evidence
        self.clauses = declaration.clauses.map(\.text)
        self.explain = declaration.explanation
        self.source = declaration.location.description
        self.verdicts = []
        self.summary = ClaimBadge.label(finding.verdict)
    }

    enum CodingKeys: String, CodingKey {
        case id, text, page, verdict, reason, evidence, clauses, explain, source, verdicts, summary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        page = try container.decode(String.self, forKey: .page)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        reason = try container.decode(String.self, forKey: .reason)
        evidence = try container.decode([String].self, forKey: .evidence)
        clauses = try container.decode([String].self, forKey: .clauses)
        explain = try container.decodeIfPresent(String.self, forKey: .explain)
        source = try container.decode(String.self, forKey: .source)
        verdicts = try container.decodeIfPresent([EnvironmentVerdict].self, forKey: .verdicts) ?? []
        summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? ""
    }

    /// True when the pages show a verdict per environment (more than one decided it).
    public var isPerEnvironment: Bool { verdicts.count > 1 }

    /// `explain` is written as null when there is none, so every claim has the same fields.
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

    /// Its card: `page.html#claim-id`.
    public var link: String { "\(page)#claim-\(id)" }
}

/// What the measurements say about a claim.
public enum Verdict: String, Sendable, Hashable, Codable {
    case holds
    /// The claim does not hold on this machine.
    case fails
    /// The machine could not show it either way (too few cores, noise larger than the effect, busy).
    case inconclusive
    /// The claim is about interpreters of another kind (`require gil` on free-threaded CPython):
    /// it neither holds nor fails here.
    case notApplicable = "not-applicable"
}

/// A verdict with its reason.
public struct Finding: Sendable, Hashable {
    public var verdict: Verdict
    public var reason: String

    public init(_ verdict: Verdict, _ reason: String) {
        self.verdict = verdict
        self.reason = reason
    }
}
