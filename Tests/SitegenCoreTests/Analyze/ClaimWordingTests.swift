import Testing

@testable import SitegenCore

/// Issue 23, item 8: a reason says integers as integers and times in the unit the author wrote.
@Suite struct ClaimWordingTests {
    static let machine = BuildMachine(availableCores: 2, loadBefore: 0.2)

    static func result(_ id: String, _ numbers: [[String: Double]], walls: [Double]? = nil)
        -> ExampleResult
    {
        let result = MeasuredResult.make(id, walls: walls ?? numbers.map { _ in 0.1 })
        var runs = result.runs
        for index in runs.indices { runs[index] = runs[index].with(resultNumbers: numbers[index]) }
        return result.with(runs: runs)
    }

    static func reason(_ body: String, _ results: [ExampleResult]) throws -> (Verdict, String) {
        let claim = try ClaimParser.parse(
            "Statement.\n" + body, location: SourceLocation(file: "a.md", line: 1))
        let found = ClaimEvaluator.evaluate(claim, results: results, machine: machine)
        return (found.verdict, found.reason)
    }

    @Test func anIntegerEveryRunPrintedIsComparedExactly() throws {
        let counts = Self.result("count", Array(repeating: ["total": 20000], count: 5))
        let (verdict, reason) = try Self.reason("holds if result(count).total = 20000", [counts])
        #expect(verdict == .holds)
        #expect(
            reason
                == "Holds. Measured: count reported total = 20000 in every run (5 runs), equal to 20000."
        )
        let (off, offReason) = try Self.reason("holds if result(count).total = 19999", [counts])
        #expect(off == .fails)
        #expect(
            offReason
                == "Does not hold. Measured: count reported total = 20000 in every run (5 runs), not equal to 19999."
        )
    }

    @Test func twoIntegersEveryRunPrintedAreComparedExactly() throws {
        let counts = Self.result(
            "count", Array(repeating: ["total": 2000, "expected": 2000], count: 3))
        let (verdict, reason) = try Self.reason(
            "holds if result(count).total = result(count).expected", [counts])
        #expect(verdict == .holds)
        #expect(
            reason
                == "Holds. Measured: count reported total = 2000 in every run (3 runs), and count reported expected = 2000 in every run (3 runs): the first is equal to the second."
        )
    }

    @Test func integersThatVaryAreStillDecidedOnTheirInterval() throws {
        let counts = Self.result("count", [["total": 20000], ["total": 19990], ["total": 20010]])
        let (_, reason) = try Self.reason("holds if result(count).total > 100", [counts])
        #expect(reason.contains("beyond the noise"))
        #expect(!reason.contains("in every run"))
    }

    @Test func aTimeIsSaidInTheUnitTheAuthorWrote() throws {
        let waits = Self.result(
            "wait", [["elapsed_s": 0.052], ["elapsed_s": 0.0531], ["elapsed_s": 0.0526]])
        let (verdict, reason) = try Self.reason(
            "holds if every run: result(wait).elapsed_s < 150ms", [waits])
        #expect(verdict == .holds)
        #expect(
            reason
                == "Holds. Measured: result(wait).elapsed_s < 150 ms in 3 of 3 runs (result(wait).elapsed_s: 52 ms, 53.1 ms, 52.6 ms)."
        )
        let walls = MeasuredResult.make("slow", walls: [0.2, 0.21, 0.22, 0.2, 0.21])
        let (_, wall) = try Self.reason("holds if wall(slow) < 150ms", [walls])
        #expect(wall.contains("not below 150 ms, beyond the noise"))
        let (_, seconds) = try Self.reason("holds if wall(slow) < 1.5s", [walls])
        #expect(seconds.contains("below 1.5 s beyond the noise"))
    }

    @Test func theUnitIsKeptByTheParser() throws {
        let claim = try ClaimParser.parse(
            "S.\nholds if wall(a) < 150ms\nholds if rss(a) < 64MiB\nholds if wall(a) < 0.2",
            location: SourceLocation(file: "a.md", line: 1))
        let units = claim.clauses.map { clause -> String in
            if case .compare(_, let comparison) = clause.kind { return comparison.unit ?? "none" }
            return "not a comparison"
        }
        #expect(units == ["ms", "MiB", "none"])
    }
}
