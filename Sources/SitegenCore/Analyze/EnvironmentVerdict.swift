/// A claim's verdict in one environment of the build (`results.json`'s `claims[].verdicts`).
struct EnvironmentVerdict: Sendable, Hashable, Codable {
    /// The environment's id in `sitegen.yml` (`default` without it).
    let environment: String
    /// The environment's label for readers ("PyPy", "CPython, one core").
    let label: String
    let verdict: Verdict
    /// Why, with that environment's numbers.
    let reason: String

    init(environment: String, label: String, _ finding: Finding) {
        self.environment = environment
        self.label = label
        self.verdict = finding.verdict
        self.reason = finding.reason
    }

    /// "holds on PyPy", "does not hold on CPython 3.14t", "inconclusive on CPython, one core".
    var phrase: String { "\(ClaimBadge.label(verdict)) on \(label)" }
}

/// One environment's measurements as the claims engine reads them: its results and its machine
/// (a pinned environment has the cores of its CPU set).
struct ClaimEnvironment: Sendable {
    let id: String
    let label: String
    let index: ResultIndex
    let machine: BuildMachine
    /// Its interpreters' start-ups (`work(X)` subtracts them).
    let startups: [StartupTime]

    init(
        id: String, label: String, index: ResultIndex, machine: BuildMachine,
        startups: [StartupTime] = []
    ) {
        self.startups = startups
        self.id = id
        self.label = label
        self.index = index
        self.machine = machine
    }

    /// True when every example (or sweep) `claim` compares ran here; ids the site does not
    /// have at all (`siteIDs`) are left to the evaluator, which says so in the reason.
    func ranEvidence(of claim: ClaimDeclaration, siteIDs: Set<String>) -> Bool {
        claim.evidence.allSatisfy { !index.results(for: $0).isEmpty || !siteIDs.contains($0) }
    }
}

/// The overall verdict of a claim decided in several environments.
///
/// Rule: an environment that could not decide (inconclusive) neither supports nor contradicts
/// the claim. The claim **holds** when it holds in every environment that decided it (and at
/// least one did); it **fails** when it fails in at least one (a statement that does not hold
/// somewhere does not hold as stated, even where it holds elsewhere); it is **inconclusive**
/// when no environment decided it, or none ran all of its evidence. An environment where it does
/// not apply (`require gil` on free-threaded CPython) counts as neither; it does not apply
/// overall only when it applies nowhere. With one environment the overall verdict and reason
/// are that environment's.
enum OverallVerdict {
    static func decide(_ verdicts: [EnvironmentVerdict]) -> Finding {
        guard !verdicts.isEmpty else {
            return Finding(
                .inconclusive,
                "No environment ran all of the examples it compares, so nothing tested it.")
        }
        if verdicts.count == 1 { return Finding(verdicts[0].verdict, verdicts[0].reason) }
        let summary = ClaimEvaluator.sentence(Self.summary(verdicts))
        // Where the claim does not apply, it neither supports nor contradicts it.
        let applicable = verdicts.filter { $0.verdict != .notApplicable }
        if applicable.isEmpty {
            return Finding(
                .notApplicable,
                summary + " It applies in none of the environments; see each reason.")
        }
        let decided = applicable.filter { $0.verdict != .inconclusive }
        if decided.isEmpty {
            return Finding(
                .inconclusive, summary + " No environment could decide it: " + why(applicable))
        }
        if decided.contains(where: { $0.verdict == .fails }) {
            let qualifier = decided.contains { $0.verdict == .holds } ? " everywhere" : ""
            return Finding(
                .fails,
                summary
                    + " Overall: it does not hold\(qualifier) as stated, because it does not hold in at least one environment that decided it."
            )
        }
        return Finding(
            .holds,
            summary
                + (decided.count == verdicts.count
                    ? " Overall: it holds in every environment."
                    : decided.count == applicable.count
                        ? " Overall: it holds in every environment it applies to."
                        : " Overall: it holds, in every environment that could decide it."))
    }

    /// Why each environment could not decide, in its own words before its figures, the
    /// environments with the same words sharing them: "on CPython and PyPy, not shown either way
    /// beyond the noise (…); on CPython, one core, only 1 core was available, …."
    static func why(_ verdicts: [EnvironmentVerdict]) -> String {
        var groups: [(labels: [String], lead: String)] = []
        for verdict in verdicts {
            var lead = verdict.reason
            if let range = lead.range(of: " Measured: ") {
                lead = String(lead[..<range.lowerBound])
            }
            if lead.hasSuffix(".") { lead.removeLast() }
            if let first = lead.first { lead = first.lowercased() + lead.dropFirst() }
            if let index = groups.firstIndex(where: { $0.lead == lead }) {
                groups[index].labels.append(verdict.label)
            } else {
                groups.append(([verdict.label], lead))
            }
        }
        return groups.map { "on \(Format.list($0.labels)), \($0.lead)" }.joined(separator: "; ")
            + "."
    }

    /// "holds on CPython · holds on PyPy · inconclusive on CPython, one core".
    static func summary(_ verdicts: [EnvironmentVerdict]) -> String {
        verdicts.map(\.phrase).joined(separator: " · ")
    }
}
