import Testing

@testable import SitegenCore

/// A claim decided once per environment, with that environment's results and cores, and the
/// overall verdict from theirs.
@Suite struct EnvironmentVerdictTests {
    static let gil = SiteAnalyzerTests.seed.filter { $0.id == "gil-threads-cpu" }
    static func walls(_ mean: Double, _ sd: Double) -> [Double] {
        SiteAnalyzerTests.walls(mean, sd)
    }
    static let siteIDs: Set<String> = ["cpu-sequential", "cpu-threads", "cpu-processes"]

    static func environment(
        _ id: String, _ label: String, _ results: [ExampleResult], cores: Int = 2
    ) -> ClaimEnvironment {
        ClaimEnvironment(
            id: id, label: label, index: ResultIndex(results),
            machine: BuildMachine(availableCores: cores, loadBefore: 0.2))
    }

    static func verdict(_ id: String, _ verdict: Verdict) -> EnvironmentVerdict {
        EnvironmentVerdict(environment: id, label: id, Finding(verdict, "\(id) said so."))
    }

    @Test func eachEnvironmentDecidesWithItsResultsAndCores() throws {
        let gil = SiteAnalyzerTests.cpu(
            Self.walls(0.60, 0.01), Self.walls(0.62, 0.015), Self.walls(0.33, 0.01))
        let freeThreaded = SiteAnalyzerTests.cpu(
            Self.walls(0.60, 0.01), Self.walls(0.32, 0.01), Self.walls(0.33, 0.01))
        let claims = SiteAnalyzer.analyze(
            Self.gil,
            environments: [
                Self.environment("cpython", "CPython 3.11", gil),
                Self.environment("ft", "CPython 3.14t", freeThreaded),
                Self.environment("one", "one core", gil, cores: 1),
            ], siteIDs: Self.siteIDs)
        let claim = try #require(claims.first)
        #expect(claim.verdicts.map(\.environment) == ["cpython", "ft", "one"])
        #expect(claim.verdicts.map(\.verdict) == [.holds, .fails, .inconclusive])
        #expect(
            claim.summary
                == "holds on CPython 3.11 · does not hold on CPython 3.14t · inconclusive on one core"
        )
        #expect(claim.verdict == .fails)
        #expect(
            claim.reason.hasPrefix(
                "Holds on CPython 3.11 · does not hold on CPython 3.14t · inconclusive on one core. Overall: it does not hold everywhere as stated"
            ))
        #expect(claim.verdicts[2].reason.hasPrefix("Only 1 core was available"))
    }

    @Test func anEnvironmentThatRanOnlyPartOfTheEvidenceHasNoVerdict() throws {
        let all = SiteAnalyzerTests.cpu(
            Self.walls(0.60, 0.01), Self.walls(0.62, 0.015), Self.walls(0.33, 0.01))
        let claim = try #require(
            SiteAnalyzer.analyze(
                Self.gil,
                environments: [
                    Self.environment("cpython", "CPython", all),
                    Self.environment("part", "Part", Array(all.prefix(2))),
                ], siteIDs: Self.siteIDs
            ).first)
        #expect(claim.verdicts.map(\.environment) == ["cpython"])
        // One environment decided it: the overall verdict and reason are its own.
        #expect(claim.verdict == .holds && claim.reason == claim.verdicts[0].reason)
        #expect(!claim.isPerEnvironment)
    }

    @Test func overallRule() {
        let decide = { (verdicts: [EnvironmentVerdict]) in OverallVerdict.decide(verdicts) }
        #expect(decide([]).verdict == .inconclusive)
        #expect(
            decide([]).reason
                == "No environment ran all of the examples it compares, so nothing tested it.")
        #expect(decide([Self.verdict("a", .fails)]) == Finding(.fails, "a said so."))
        let holds = decide([Self.verdict("a", .holds), Self.verdict("b", .inconclusive)])
        #expect(holds.verdict == .holds)
        #expect(
            holds.reason
                == "Holds on a · inconclusive on b. Overall: it holds, in every environment that could decide it."
        )
        #expect(
            decide([Self.verdict("a", .holds), Self.verdict("b", .holds)]).reason
                == "Holds on a · holds on b. Overall: it holds in every environment.")
        #expect(
            decide([Self.verdict("a", .inconclusive), Self.verdict("b", .fails)]).verdict == .fails)
        #expect(
            decide([Self.verdict("a", .inconclusive), Self.verdict("b", .inconclusive)])
                == Finding(
                    .inconclusive,
                    "Inconclusive on a · inconclusive on b. No environment could decide it: on a, a said so; on b, b said so."
                ))
    }

    /// When no environment decided, the overall reason says why in each, in its own words
    /// before its figures, sharing the words where environments agree.
    @Test func anUndecidedClaimSaysWhyInEachEnvironment() {
        let noise = EnvironmentVerdict(
            environment: "cpython", label: "CPython",
            Finding(
                .inconclusive,
                "Not shown either way beyond the noise: threads vs sequential 1.02× (95 % CI 0.97–1.08). Measured: threads took 1.2 s."
            ))
        let core = EnvironmentVerdict(
            environment: "one", label: "one core",
            Finding(.inconclusive, "Only 1 core was available, so the effect could not show."))
        let reason = OverallVerdict.decide([noise, core]).reason
        #expect(
            reason
                == "Inconclusive on CPython · inconclusive on one core. No environment could decide it: on CPython, not shown either way beyond the noise: threads vs sequential 1.02× (95 % CI 0.97–1.08); on one core, only 1 core was available, so the effect could not show."
        )
        #expect(!reason.contains("see each reason") && !reason.contains("Measured:"))
    }
}
