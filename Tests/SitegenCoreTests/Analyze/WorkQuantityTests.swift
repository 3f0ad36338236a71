import Testing

@testable import SitegenCore

/// `work(X)`: wall time less the environment's interpreter start-up (issue 23).
@Suite struct WorkQuantityTests {
    static let machine = BuildMachine(availableCores: 2, loadBefore: 0.2)
    static let startup = StartupTime(
        language: "python", interpreter: "/usr/bin/python3",
        walls: [0.10, 0.11, 0.12, 0.13, 0.14])

    static func finding(_ clause: String, startups: [StartupTime]) throws -> (Verdict, String) {
        let claim = try ClaimParser.parse(
            "Statement.\n" + clause, location: SourceLocation(file: "a.md", line: 1))
        let results = [MeasuredResult.make("x", walls: [0.30, 0.31, 0.32, 0.33, 0.34])]
        let found = ClaimEvaluator.evaluate(
            claim, Evidence(results, startups: startups), machine)
        return (found.verdict, found.reason)
    }

    @Test func theIntervalOfADifferenceOfMediansByMOVER() {
        // Five runs each: both medians' intervals are [min, max] (93.75 %); d = 0.32 − 0.12,
        // L = 0.20 − √(0.02² + 0.02²), U = 0.20 + √(0.02² + 0.02²).
        let interval = ClaimEvaluator.workInterval(
            walls: [0.30, 0.31, 0.32, 0.33, 0.34], startup: Self.startup.walls)
        #expect(abs(interval.estimate - 0.20) < 1e-12)
        #expect(abs(interval.lower - (0.20 - (0.0008 as Double).squareRoot())) < 1e-12)
        #expect(abs(interval.upper - (0.20 + (0.0008 as Double).squareRoot())) < 1e-12)
        #expect(interval.confidence == 0.9375)
        #expect(interval.method == .medianDifferenceMover)
    }

    @Test func workLeavesTheStartupOut() throws {
        let (verdict, reason) = try Self.finding(
            "holds if work(x) < 250ms", startups: [Self.startup])
        #expect(verdict == .holds)
        #expect(
            reason
                == "Holds beyond the noise (95 % confidence interval). Measured: x took 200.0 ms of work (median wall 320.0 ms of 5 runs minus the median start-up 120.0 ms of an empty python program; 94 % CI 171.7 ms–228.3 ms), below 250 ms beyond the noise."
        )
        let (whole, _) = try Self.finding("holds if wall(x) < 250ms", startups: [Self.startup])
        #expect(whole == .fails)
    }

    @Test func workWithoutAStartupIsInconclusiveAndSaysWhy() throws {
        let (verdict, reason) = try Self.finding("holds if work(x) < 250ms", startups: [])
        #expect(verdict == .inconclusive)
        #expect(
            reason.hasPrefix(
                "No start-up of python was measured in this environment, so work(x) is unknown"))
    }

    @Test func everyRunSubtractsTheStartupMedian() throws {
        let (verdict, reason) = try Self.finding(
            "holds if every run: work(x) < 0.25s", startups: [Self.startup])
        #expect(verdict == .holds)
        #expect(reason.contains("work(x) < 0.25 s in 5 of 5 runs"))
    }
}
