import Testing

@testable import SitegenCore

/// `require gil` / `require no gil` / `require free-threaded`: a claim about one kind of
/// interpreter does not apply where the interpreter is of the other kind, and the overall
/// verdict counts such an environment as neither support nor contradiction.
@Suite struct InterpreterRequirementTests {
    static let here = SourceLocation(file: "experiments.md", line: 40)
    static let siteIDs: Set<String> = ["cpu-sequential", "cpu-threads", "cpu-processes"]

    static func claim(_ requirement: String) throws -> ClaimDeclaration {
        try ClaimParser.parse(
            """
            Threads do not run Python code in parallel.
            \(requirement)
            holds if speedup(cpu-threads over cpu-sequential) < 1.3
            """, location: here, id: "gil")
    }

    static func cpython(_ threads: Double) -> [ExampleResult] {
        SiteAnalyzerTests.cpu(
            SiteAnalyzerTests.walls(0.60, 0.01), SiteAnalyzerTests.walls(threads, 0.01),
            SiteAnalyzerTests.walls(0.33, 0.01))
    }

    static func environment(_ id: String, _ results: [ExampleResult], gil: Bool?, threaded: Bool?)
        -> ClaimEnvironment
    {
        ClaimEnvironment(
            id: id, label: id, index: ResultIndex(results),
            machine: BuildMachine(
                availableCores: 2, loadBefore: 0.2, gil: gil, freeThreaded: threaded))
    }

    @Test func theGrammarReadsInterpreterFacts() throws {
        #expect(
            try Self.claim("require gil").requirements == [
                Requirement(fact: .gil, op: .equal, value: 1)
            ])
        #expect(
            try Self.claim("require no gil").requirements == [
                Requirement(fact: .gil, op: .equal, value: 0)
            ])
        #expect(
            try Self.claim("require free-threaded").requirements == [
                Requirement(fact: .freeThreaded, op: .equal, value: 1)
            ])
        #expect(
            ClaimParserTests.error("S.\nrequire gill")
                == "experiments.md:42: require needs a comparison, not 'gill' — write e.g. require cores >= 2 (facts: cores, gil, free-threaded)"
        )
        #expect(
            ClaimParserTests.error("S.\nrequire gil >= 1")
                == "experiments.md:42: 'gil' is a fact of the interpreter, without a number — write require gil, or require no gil"
        )
    }

    @Test func aGILClaimDoesNotApplyOnFreeThreadedCPython() throws {
        // Threads 1.9× as fast: without the requirement this would read "does not hold".
        let finding = ClaimEvaluator.evaluate(
            try Self.claim("require gil"), results: Self.cpython(0.32),
            machine: BuildMachine(
                availableCores: 2, loadBefore: 0.2, gil: false, freeThreaded: true))
        #expect(finding.verdict == .notApplicable)
        #expect(
            finding.reason
                == "Does not apply here: the claim is about an interpreter with a GIL (require gil), and this environment's interpreter runs without a GIL."
        )
        let withGIL = ClaimEvaluator.evaluate(
            try Self.claim("require gil"), results: Self.cpython(0.62),
            machine: BuildMachine(availableCores: 2, loadBefore: 0.2, gil: true))
        #expect(withGIL.verdict == .holds)
        // A card that does not state the fact (an older sitegen, no Python): decided as written.
        let unknown = ClaimEvaluator.evaluate(
            try Self.claim("require gil"), results: Self.cpython(0.62),
            machine: BuildMachine(availableCores: 2, loadBefore: 0.2))
        #expect(unknown.verdict == .holds)
        let build = ClaimEvaluator.evaluate(
            try Self.claim("require no free-threaded"), results: Self.cpython(0.32),
            machine: BuildMachine(
                availableCores: 2, loadBefore: 0.2, gil: true, freeThreaded: true))
        #expect(build.verdict == .notApplicable)
        #expect(build.reason.hasSuffix("this environment's interpreter is a free-threaded build."))
    }

    @Test func theOverallVerdictCountsOnlyWhereTheClaimApplies() throws {
        let claims = SiteAnalyzer.analyze(
            [try Self.claim("require gil")],
            environments: [
                Self.environment("CPython", Self.cpython(0.62), gil: true, threaded: false),
                Self.environment("CPython 3.13t", Self.cpython(0.32), gil: false, threaded: true),
            ], siteIDs: Self.siteIDs)
        let claim = try #require(claims.first)
        #expect(claim.verdicts.map(\.verdict) == [.holds, .notApplicable])
        #expect(claim.verdict == .holds)
        #expect(claim.summary == "holds on CPython · does not apply on CPython 3.13t")
        #expect(
            claim.reason
                == "Holds on CPython · does not apply on CPython 3.13t. Overall: it holds in every environment it applies to."
        )
        let nowhere = OverallVerdict.decide([
            EnvironmentVerdict(environment: "a", label: "A", Finding(.notApplicable, "a.")),
            EnvironmentVerdict(environment: "b", label: "B", Finding(.notApplicable, "b.")),
        ])
        #expect(nowhere.verdict == .notApplicable)
        // A failure where it applies still fails it overall.
        let mixed = OverallVerdict.decide([
            EnvironmentVerdict(environment: "a", label: "A", Finding(.fails, "a.")),
            EnvironmentVerdict(environment: "b", label: "B", Finding(.notApplicable, "b.")),
        ])
        #expect(mixed.verdict == .fails)
    }

    @Test func theBadgeSaysItDoesNotApply() {
        #expect(ClaimBadge.label(.notApplicable) == "does not apply")
        #expect(Verdict.notApplicable.rawValue == "not-applicable")
    }
}
