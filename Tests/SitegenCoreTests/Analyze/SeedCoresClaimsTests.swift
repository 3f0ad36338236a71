import Testing

@testable import SitegenCore

/// The seed's CPU claims as `content/` declares them now: parallelism decided by the cores busy
/// at once (issue 12), which a slow or shared machine can hide but not fake.
@Suite struct SeedCoresClaimsTests {
    static let content: [ClaimDeclaration] = (try? ExperimentPagesTests.site().claims) ?? []

    /// Five runs of an example: wall times around `wall`, each run keeping `cores` busy.
    static func example(_ id: String, wall: Double, cores: Double) -> ExampleResult {
        var result = MeasuredResult.make(
            id, walls: [wall * 0.99, wall, wall * 1.01, wall * 0.995, wall * 1.005])
        result = result.with(
            runs: result.runs.enumerated().map { index, run in
                var run = run
                run.medianCores = cores + Double(index % 3 - 1) * 0.01
                return run
            })
        return result
    }

    static func verdicts(
        sequential: (Double, Double), threads: (Double, Double), processes: (Double, Double),
        machine: BuildMachine
    ) -> [String: Claim] {
        let results = [
            example("cpu-sequential", wall: sequential.0, cores: sequential.1),
            example("cpu-threads", wall: threads.0, cores: threads.1),
            example("cpu-processes", wall: processes.0, cores: processes.1),
        ]
        let cpu = content.filter { $0.id.hasSuffix("-cpu") }
        return Dictionary(
            uniqueKeysWithValues: SiteAnalyzer.analyze(cpu, results: results, machine: machine)
                .map { ($0.id, $0) })
    }

    @Test func theContentDecidesParallelismOnCoresBusy() throws {
        let gil = try #require(Self.content.first { $0.id == "gil-threads-cpu" })
        #expect(gil.clauses.contains { $0.text == "holds if cores(cpu-threads) < 1.3" })
        let parallel = try #require(Self.content.first { $0.id == "processes-parallel-cpu" })
        #expect(parallel.clauses.contains { $0.text == "holds if cores(cpu-processes) > 1.3" })
    }

    @Test func twoFreeCoresHold() {
        let claims = Self.verdicts(
            sequential: (0.60, 0.98), threads: (0.62, 0.97), processes: (0.33, 1.85),
            machine: BuildMachine(availableCores: 2, loadBefore: 0.2))
        #expect(claims.values.allSatisfy { $0.verdict == .holds }, "\(claims)")
        #expect(claims["processes-parallel-cpu"]!.reason.contains("cpu-processes kept 1.85"))
    }

    /// A stolen or shared CPU slows the processes (no speed-up to speak of) but cannot fake two
    /// cores busy: when it hides them on a busy machine, the verdict is inconclusive, never fails.
    @Test func aBusyMachineNeverMakesThemFail() {
        let claims = Self.verdicts(
            sequential: (0.60, 0.98), threads: (0.62, 0.97), processes: (0.58, 1.0),
            machine: BuildMachine(availableCores: 2, loadBefore: 1.9))
        #expect(!claims.values.contains { $0.verdict == .fails }, "\(claims)")
        #expect(claims["processes-parallel-cpu"]!.verdict == .inconclusive)
    }

    @Test func oneCoreIsInconclusive() {
        let claims = Self.verdicts(
            sequential: (0.60, 0.98), threads: (0.62, 0.97), processes: (0.63, 0.99),
            machine: BuildMachine(availableCores: 1, loadBefore: 0.2))
        #expect(claims.values.allSatisfy { $0.verdict == .inconclusive }, "\(claims)")
    }

    /// The baseline starved of its core: the experiment itself is off, whatever the others did.
    @Test func aStarvedBaselineIsInconclusive() {
        let claims = Self.verdicts(
            sequential: (1.60, 0.35), threads: (0.62, 0.97), processes: (0.33, 1.85),
            machine: BuildMachine(availableCores: 2, loadBefore: 0.2))
        #expect(claims.values.allSatisfy { $0.verdict == .inconclusive }, "\(claims)")
    }
}
