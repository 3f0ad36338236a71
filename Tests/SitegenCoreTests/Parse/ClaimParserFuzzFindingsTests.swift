import Testing

@testable import SitegenCore

/// Inputs found by `Fuzz/ClaimParserFuzzer.swift` (seeds in `Fuzz/seeds/claim/`).
@Suite struct ClaimParserFuzzFindingsTests {
    static let here = SourceLocation(file: "experiments.md", line: 40)

    @Test(arguments: ["\r\n", "\r", "\n"])
    func everyLineEndEndsALine(_ end: String) throws {
        let body = ["Threads overlap waits.", "# a comment", "", "holds if wall(a) < 1s", ""]
            .joined(separator: end)
        let claim = try ClaimParser.parse(body, location: Self.here, id: "c")
        #expect(claim.statement == "Threads overlap waits.")
        #expect(claim.clauses.map(\.text) == ["holds if wall(a) < 1s"])
        #expect(claim.clauses.map(\.location.line) == [44])
        #expect(
            claim.comparisons(.holdsIf) == [
                ClaimComparison(lhs: .wall("a"), op: .less, rhs: .number(1), unit: "s")
            ])
    }

    @Test func aClauseAfterACarriageReturnIsReadAsAClause() {
        // Like the fuzzer's input: before the fix the whole text was one statement, and the claim
        // had no `holds if` line.
        do {
            let claim = try ClaimParser.parse("Statement\rexplain", location: Self.here, id: "c")
            Issue.record("parsed as \(claim)")
        } catch let error as SitegenError {
            #expect(error.description.hasPrefix("experiments.md:42: explain needs a text"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aNumberThatOverflowsWithItsUnitIsNotANumber() {
        do {
            let claim = try ClaimParser.parse(
                "Memory.\nholds if rss(a) < 1e308GiB", location: Self.here, id: "c")
            Issue.record("parsed as \(claim.comparisons(.holdsIf))")
        } catch let error as SitegenError {
            #expect(
                error.description
                    == "experiments.md:42: '1e308GiB' is not a number — write e.g. 1.3, 500ms or 64MiB"
            )
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
