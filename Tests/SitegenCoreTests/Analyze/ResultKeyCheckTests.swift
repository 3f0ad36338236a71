import Testing

@testable import SitegenCore

@Suite struct ResultKeyCheckTests {
    static func claim(_ body: String) throws -> ClaimDeclaration {
        try ClaimParser.parse(
            body, location: SourceLocation(file: "tutorial.md", line: 20), id: "c")
    }

    static func error(_ claim: ClaimDeclaration, _ results: [ExampleResult]) -> String? {
        do {
            try ResultKeyCheck.check([claim], results)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// `result` whose run i printed the RESULT numbers `numbers[i]`.
    static func printing(_ result: ExampleResult, _ numbers: [[String: Double]]) -> ExampleResult {
        result.with(
            runs: zip(result.runs, numbers).map { run, printed in
                run.with(resultNumbers: printed)
            })
    }

    @Test func aKeyNoRunPrintedIsAnErrorAtTheClauseListingThePrintedKeys() throws {
        let result = Self.printing(
            MeasuredResult.make("rt-ok", walls: [0.1, 0.1]),
            [["totl": 10, "count": 2], ["totl": 11, "count": 2]])
        let claim = try Self.claim("S.\nexplain Why.\nholds if result(rt-ok).total > 5\n")
        #expect(
            Self.error(claim, [result])
                == "tutorial.md:23: no run of 'rt-ok' printed a RESULT number \"total\" — its RESULT lines have count, totl"
        )
        let right = try Self.claim("S.\nholds if result(rt-ok).totl > 5\n")
        #expect(Self.error(right, [result]) == nil)
    }

    @Test func theShownLineCountsForResultsMeasuredBeforeRunsKeptTheirs() throws {
        let result = MeasuredResult.make(
            "a", walls: [0.1], lines: ["RESULT {\"elapsed_s\": 0.5}"])
        #expect(
            Self.error(try Self.claim("S.\nholds if result(a).elapsed < 1\n"), [result])
                == "tutorial.md:22: no run of 'a' printed a RESULT number \"elapsed\" — its RESULT lines have elapsed_s"
        )
    }

    @Test func aSweepIsCheckedOverEveryConfiguration() throws {
        let four = Self.printing(
            MeasuredResult.make("s@n=4", walls: [0.1], parameters: ["n": "4"]), [["t": 1]])
        let claim = try Self.claim("S.\nholds if for each n: result(s).u < 1\n")
        #expect(Self.error(claim, [four])?.contains("no run of 's' printed") == true)
    }

    @Test func noRunPrintedYetIsNotGuessedAt() throws {
        // Nothing printed (a failed example, or --no-exec with nothing cached): the claim's
        // verdict says so; the key cannot be judged.
        let silent = MeasuredResult.make("a", walls: [], outcome: .exited(code: 1))
        #expect(Self.error(try Self.claim("S.\nholds if result(a).n > 1\n"), [silent]) == nil)
        #expect(Self.error(try Self.claim("S.\nholds if result(b).n > 1\n"), []) == nil)
    }
}
