import Testing

@testable import SitegenCore

/// The seed's CPU claims as `content/` declares them now (issue 18): the GIL decided by the
/// threads being blocked while the baseline was not, parallelism by the processes never being
/// blocked with the cores they kept busy whenever cores were free, the speed-up on undisturbed
/// runs. The splits are those measured by hand on the 2-core machine (issue 18's table).
@Suite struct SeedWorkerClaimsTests {
    static let content: [ClaimDeclaration] = (try? ExperimentPagesTests.site().claims) ?? []

    /// Each worker's shares of its life (running, waiting); the rest was blocked.
    typealias Split = (running: Double, waiting: Double)

    /// Five runs in rounds 1–5: `workers` workers of 1 s each with `split`, under a parent.
    static func example(
        _ id: String, wall: Double, cores: Double, workers: Int, split: Split
    ) -> ExampleResult {
        var result = MeasuredResult.make(
            id, walls: [wall * 0.99, wall, wall * 1.01, wall * 0.995, wall * 1.005])
        var runs = result.runs
        for index in runs.indices {
            let jitter = Double(index % 3 - 1) * 0.01
            let busy = CoresBusy(
                p10: cores, median: cores + jitter, p90: cores, samples: 50, from: 0, to: 1)
            var list: [WorkerTime] = []
            if workers > 1 {
                list.append(
                    WorkerTime(
                        pid: 1, tid: 1, thread: "MainThread", process: "MainProcess",
                        isRoot: true, waitsForChildren: true, start: 0, lifetimeNs: 1_100_000_000,
                        runningNs: 30_000_000, waitingNs: 10_000_000, source: .sampler))
            }
            for number in 0..<workers {
                let tid = Int32(2 + number)
                list.append(
                    WorkerTime(
                        pid: workers > 1 ? tid : 1, tid: workers > 1 ? tid : 1,
                        thread: "MainThread", process: "Process-\(number + 1)",
                        parentPID: workers > 1 ? 1 : nil, isRoot: workers == 1,
                        waitsForChildren: false, start: 0.05, lifetimeNs: 1_000_000_000,
                        runningNs: UInt64((split.running + jitter) * 1e9),
                        waitingNs: UInt64(split.waiting * 1e9), source: .sideChannel))
            }
            runs[index] = runs[index].with(round: index + 1, cores: busy, workers: list)
        }
        return result.with(runs: runs)
    }

    struct Condition {
        var sequential: (wall: Double, cores: Double, split: Split)
        var threads: (wall: Double, cores: Double, split: Split)
        var processes: (wall: Double, cores: Double, split: Split)
        var machine: BuildMachine
    }

    static func verdicts(_ condition: Condition) -> [String: Claim] {
        let results = [
            example(
                "cpu-sequential", wall: condition.sequential.wall,
                cores: condition.sequential.cores, workers: 1, split: condition.sequential.split),
            example(
                "cpu-threads", wall: condition.threads.wall, cores: condition.threads.cores,
                workers: 2, split: condition.threads.split),
            example(
                "cpu-processes", wall: condition.processes.wall,
                cores: condition.processes.cores, workers: 2, split: condition.processes.split),
        ]
        let cpu = content.filter { $0.id.hasSuffix("-cpu") }
        return Dictionary(
            uniqueKeysWithValues: SiteAnalyzer.analyze(
                cpu, results: results, machine: condition.machine
            ).map { ($0.id, $0) })
    }

    @Test func theContentDecidesOnWhereTheWorkersTimeWent() throws {
        let gil = try #require(Self.content.first { $0.id == "gil-threads-cpu" })
        #expect(gil.clauses.contains { $0.text == "holds if blocked(cpu-threads) > 10%" })
        #expect(gil.requirements.allSatisfy { $0.fact != .cores })
        let parallel = try #require(Self.content.first { $0.id == "processes-parallel-cpu" })
        #expect(parallel.clauses.contains { $0.text == "holds if blocked(cpu-processes) < 5%" })
    }

    @Test func aQuietMachineHoldsAll() {
        let claims = Self.verdicts(
            Condition(
                sequential: (0.60, 0.98, (0.98, 0.01)), threads: (0.62, 0.99, (0.50, 0.02)),
                processes: (0.33, 1.9, (0.97, 0.02)),
                machine: BuildMachine(availableCores: 2, loadBefore: 0.1, gil: true)))
        #expect(claims.values.allSatisfy { $0.verdict == .holds }, "\(claims)")
    }

    /// A busy loop on one of the two cores: every worker waits for a core, the threads are still
    /// blocked by each other and the processes never; the speed-up is held back, and says so.
    @Test func aBusyLoopOnOneCoreHoldsTheGILAndParallelismAndNeverFails() {
        let claims = Self.verdicts(
            Condition(
                sequential: (0.90, 0.65, (0.65, 0.33)), threads: (0.95, 0.65, (0.35, 0.25)),
                processes: (0.80, 1.3, (0.65, 0.35)),
                machine: BuildMachine(availableCores: 2, loadBefore: 1.2, gil: true)))
        #expect(claims["gil-threads-cpu"]!.verdict == .holds, "\(claims)")
        #expect(claims["processes-parallel-cpu"]!.verdict == .holds, "\(claims)")
        let speed = claims["processes-better-cpu"]!
        #expect(speed.verdict == .inconclusive)
        #expect(speed.reason.contains("the workers waited for a core"), "\(speed.reason)")
        #expect(!claims.values.contains { $0.verdict == .fails })
    }

    /// The whole build on one core: the GIL still shows (the threads are blocked 30 %), the two
    /// processes claims cannot ("1 core").
    @Test func oneCoreHoldsTheGILAndLeavesTheProcessClaimsInconclusive() {
        let claims = Self.verdicts(
            Condition(
                sequential: (0.60, 0.98, (0.98, 0.01)), threads: (0.64, 0.98, (0.51, 0.19)),
                processes: (0.63, 0.99, (0.50, 0.50)),
                machine: BuildMachine(availableCores: 1, loadBefore: 0.2, gil: true)))
        #expect(claims["gil-threads-cpu"]!.verdict == .holds, "\(claims)")
        for id in ["processes-parallel-cpu", "processes-better-cpu"] {
            #expect(claims[id]!.verdict == .inconclusive)
            #expect(claims[id]!.reason.contains("Only 1 core was available"))
        }
    }

    /// Free-threaded CPython: the threads are hardly blocked; the GIL claim does not apply.
    @Test func freeThreadedNeverHoldsTheGILClaim() {
        let claims = Self.verdicts(
            Condition(
                sequential: (0.60, 0.98, (0.98, 0.01)), threads: (0.33, 1.9, (0.96, 0.02)),
                processes: (0.33, 1.9, (0.97, 0.02)),
                machine: BuildMachine(
                    availableCores: 2, loadBefore: 0.1, gil: false, freeThreaded: true)))
        #expect(claims["gil-threads-cpu"]!.verdict == .notApplicable, "\(claims)")
        #expect(claims["processes-parallel-cpu"]!.verdict == .holds)
    }

    /// A baseline that blocks (the experiment measures something else): inconclusive.
    @Test func aBlockedBaselineIsInconclusive() {
        let claims = Self.verdicts(
            Condition(
                sequential: (1.60, 0.35, (0.35, 0.0)), threads: (0.62, 0.97, (0.5, 0.02)),
                processes: (0.33, 1.85, (0.97, 0.02)),
                machine: BuildMachine(availableCores: 2, loadBefore: 0.2, gil: true)))
        #expect(claims.values.allSatisfy { $0.verdict == .inconclusive }, "\(claims)")
    }
}
