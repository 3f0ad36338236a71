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
    /// Ids of the examples whose runs are the evidence.
    public var evidence: [String]

    public init(_ statement: ClaimStatement, _ finding: Finding) {
        self.id = statement.id
        self.text = statement.text
        self.page = statement.page
        self.verdict = finding.verdict
        self.reason = finding.reason
        self.evidence = statement.evidence
    }
}

/// What the measurements say about a claim.
public enum Verdict: String, Sendable, Hashable, Codable {
    case holds
    /// The claim does not hold on this machine.
    case fails
    /// The machine could not show it either way (too few cores, noise larger than the effect, busy).
    case inconclusive
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
