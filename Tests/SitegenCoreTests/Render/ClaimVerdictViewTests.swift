import Testing

@testable import SitegenCore

/// A claim decided in several environments reads as one sentence, one line per environment that
/// decided otherwise, and its figures folded with each clause once.
@Suite struct ClaimVerdictViewTests {
    static let declaration = ClaimDeclaration(
        id: "gil", statement: "Threads do not run Python code in parallel.", clauses: [],
        page: "cpu.html", location: SourceLocation(file: "cpu.md", line: 3))

    static let shown =
        "a kept 0.93 ± 0.07 cores busy (12 runs; 95 % CI 0.87–0.97), at least 0.80 beyond the noise"

    static func claim(_ verdicts: [(String, Verdict, String)]) -> Claim {
        Claim(
            declaration,
            verdicts: verdicts.map {
                EnvironmentVerdict(environment: $0.0, label: $0.0, Finding($0.1, $0.2))
            })
    }

    static func html(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes { node.render(into: &out) }
        return out
    }

    @Test func oneSentenceCoversEveryEnvironmentOverallVerdictFirst() {
        let claim = Self.claim([
            ("CPython", .holds, "Holds beyond the noise. Measured: \(Self.shown)."),
            ("PyPy", .holds, "Holds beyond the noise. Measured: \(Self.shown)."),
            (
                "CPython, one core", .inconclusive,
                "Only 1 core was available, and the claim requires cores >= 2, so the effect could not show. Measured: \(Self.shown)."
            ),
        ])
        #expect(
            ClaimVerdictView.sentence(claim)
                == "Holds on CPython and PyPy; could not be decided on CPython, one core.")
        let lines = ClaimVerdictView.differing(claim)
        #expect(lines.count == 1)
        #expect(lines.first?.labels == ["CPython, one core"])
        #expect(lines.first?.lead.hasPrefix("Only 1 core was available") == true)
        let out = Self.html(ClaimVerdictView.nodes(claim, explained: true))
        // The overall sentence once, no per-environment repeat of "holds", the figures folded.
        #expect(out.components(separatedBy: "Holds on CPython and PyPy").count == 2)
        #expect(!out.contains("Holds beyond the noise"))
        #expect(out.contains("<details class=\"claim-figures\">"))
    }

    @Test func aFailingEnvironmentLeadsAndSaysWhy() {
        let claim = Self.claim([
            ("CPython", .holds, "Holds beyond the noise."),
            ("CPython 3.14t", .fails, "Does not hold beyond the noise."),
        ])
        #expect(claim.verdict == .fails)
        #expect(
            ClaimVerdictView.sentence(claim)
                == "Does not hold on CPython 3.14t; holds on CPython.")
        let lines = ClaimVerdictView.differing(claim)
        #expect(lines.map(\.labels) == [["CPython"], ["CPython 3.14t"]])
    }

    @Test func environmentsWithTheSameReasonShareALine() {
        let lead = "Not shown either way beyond the noise (95 % confidence interval)."
        let claim = Self.claim([("A", .inconclusive, lead), ("B", .inconclusive, lead)])
        #expect(ClaimVerdictView.sentence(claim) == "Could not be decided on A and B.")
        #expect(ClaimVerdictView.differing(claim).map(\.labels) == [["A", "B"]])
    }

    @Test func aRepeatedClauseOfTheFiguresIsGivenOnce() {
        #expect(ClaimVerdictView.unique("x 1; y 2; x 1.") == "x 1; y 2.")
        let single = Claim(
            Self.declaration,
            Finding(.holds, "Holds beyond the noise. Measured: \(Self.shown); \(Self.shown)."))
        let figures = ClaimVerdictView.figures(single)
        #expect(figures.count == 1)
        #expect(figures.first?.text == Self.shown + ".")
        #expect(ClaimVerdictView.sentence(single) == "Holds beyond the noise.")
    }
}
