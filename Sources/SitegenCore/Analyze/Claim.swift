/// A statement of the document, checked on the machine that built the site (written to
/// `results.json` as a `ClaimRecord`).
struct Claim: Sendable, Hashable {
    let id: String
    /// The statement, as the document makes it.
    let text: String
    /// Output file of the page that makes it, e.g. `multithreading.html`.
    let page: String
    let verdict: Verdict
    /// Why, with the numbers.
    let reason: String
    /// Ids of the examples (or sweeps) whose runs are the evidence: those its clauses name.
    let evidence: [String]
    /// The fence's clauses as written, in order.
    let clauses: [String]
    /// The author's `explain` note (where a threshold comes from); null when none.
    let explain: String?
    /// Where the claim is declared, `file:line`.
    let source: String
    /// Its verdict in each environment that ran all of its evidence, in `sitegen.yml`'s order
    /// (schema 4); `verdict` and `reason` above are the overall ones (`OverallVerdict`).
    var verdicts: [EnvironmentVerdict] = []
    /// What holds where: "holds on CPython · inconclusive on CPython, one core".
    var summary: String = ""

    /// Decided in several environments: the overall verdict from theirs.
    init(_ declaration: ClaimDeclaration, verdicts: [EnvironmentVerdict]) {
        self.init(declaration, OverallVerdict.decide(verdicts))
        self.verdicts = verdicts
        self.summary = OverallVerdict.summary(verdicts)
    }

    init(_ declaration: ClaimDeclaration, _ finding: Finding) {
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

    /// True when the pages show a verdict per environment (more than one decided it).
    var isPerEnvironment: Bool { verdicts.count > 1 }

    /// Its card: `page.html#claim-id`.
    var link: String { "\(page)#claim-\(id)" }
}

/// What the measurements say about a claim.
enum Verdict: String, Sendable, Hashable, Codable {
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
struct Finding: Sendable, Hashable {
    let verdict: Verdict
    let reason: String

    init(_ verdict: Verdict, _ reason: String) {
        self.verdict = verdict
        self.reason = reason
    }
}
