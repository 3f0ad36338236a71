import Testing

@testable import SitegenCore

/// The seed's claims, as first migrated to `content/` (`SeedClaims`), decided by the generic evaluator on hand-made
/// results: the cases `ClaimChecks` was tested on before the claims became content.
@Suite struct SiteAnalyzerTests {
    static let twoCores = BuildMachine(availableCores: 2, loadBefore: 0.2)
    static let oneCore = BuildMachine(availableCores: 1, loadBefore: 0.2)
    static let busy = BuildMachine(availableCores: 2, loadBefore: 1.8)

    static let seed: [ClaimDeclaration] = (try? SeedClaims.asMigrated()) ?? []

    /// Three runs whose mean is `mean` and whose sample σ is `stddev`.
    static func walls(_ mean: Double, _ stddev: Double) -> [Double] {
        [mean - stddev, mean, mean + stddev]
    }

    static func verdicts(_ results: [ExampleResult], _ machine: BuildMachine) -> [String: Verdict] {
        Dictionary(
            uniqueKeysWithValues: SiteAnalyzer.analyze(
                Self.seed, results: results, machine: machine
            )
            .map { ($0.id, $0.verdict) })
    }

    static func claim(_ id: String, _ results: [ExampleResult], _ machine: BuildMachine) -> Claim {
        SiteAnalyzer.analyze(Self.seed.filter { $0.id == id }, results: results, machine: machine)[
            0]
    }

    static func cpu(_ sequential: [Double], _ threads: [Double], _ processes: [Double])
        -> [ExampleResult]
    {
        [
            MeasuredResult.make("cpu-sequential", walls: sequential),
            MeasuredResult.make("cpu-threads", walls: threads),
            MeasuredResult.make("cpu-processes", walls: processes),
        ]
    }

    /// Sequential, 2 threads, 2 processes (mean, σ seconds), and the verdicts for "the GIL
    /// blocks threads", "processes run in parallel", "processes beat threads".
    static let cpuCases: [(String, BuildMachine, [Double], [Double], [Double], [Verdict])] = [
        (
            "2 cores", twoCores, walls(0.60, 0.01), walls(0.62, 0.015), walls(0.33, 0.01),
            [.holds, .holds, .holds]
        ),
        (
            "taskset 1 core", oneCore, walls(0.60, 0.01), walls(0.62, 0.015), walls(0.63, 0.01),
            [.inconclusive, .inconclusive, .inconclusive]
        ),
        (
            "2 cores, busy, no speedup", busy, walls(0.60, 0.01), walls(0.62, 0.015),
            walls(0.55, 0.02), [.inconclusive, .inconclusive, .inconclusive]
        ),
        // The control (processes ran in parallel in the same build) shows the cores were free.
        (
            "2 cores, busy, clear speedup", busy, walls(0.60, 0.01), walls(0.62, 0.015),
            walls(0.34, 0.01), [.holds, .holds, .holds]
        ),
        (
            "2 cores, noisy", twoCores, walls(0.60, 0.01), walls(0.62, 0.015), walls(0.45, 0.06),
            [.holds, .inconclusive, .inconclusive]
        ),
        (
            "2 cores, free-threaded", twoCores, walls(0.60, 0.01), walls(0.32, 0.01),
            walls(0.33, 0.01), [.fails, .holds, .fails]
        ),
        (
            "2 cores, no parallelism at all", twoCores, walls(0.60, 0.01), walls(0.62, 0.015),
            walls(0.61, 0.01), [.holds, .fails, .fails]
        ),
    ]

    @Test(arguments: cpuCases.indices)
    func cpuBoundClaims(_ index: Int) {
        let (name, machine, sequential, threads, processes, expected) = Self.cpuCases[index]
        let verdicts = Self.verdicts(Self.cpu(sequential, threads, processes), machine)
        #expect(
            [
                verdicts["gil-threads-cpu"], verdicts["processes-parallel-cpu"],
                verdicts["processes-better-cpu"],
            ] == expected, "\(name)")
    }

    @Test func seedIsDeclared() {
        #expect(Self.seed.count == 8)
    }

    @Test func oneCoreNeverSaysFailsAndSaysWhy() {
        let claim = Self.claim(
            "processes-parallel-cpu",
            Self.cpu(Self.walls(0.60, 0.01), Self.walls(0.62, 0.01), Self.walls(0.64, 0.01)),
            Self.oneCore)
        #expect(claim.verdict == .inconclusive)
        #expect(
            claim.reason
                == "Only 1 core was available, and the claim requires cores >= 2, so the effect could not show. Measured: cpu-processes ran 0.94 ± 0.02 × as fast as cpu-sequential (3 runs each; 95 % CI 0.91×–0.97×), not above 1.30×, beyond the noise."
        )
    }

    @Test func busyMachineReasonSaysSo() {
        let claim = Self.claim(
            "processes-parallel-cpu",
            Self.cpu(Self.walls(0.60, 0.01), Self.walls(0.62, 0.01), Self.walls(0.58, 0.01)),
            Self.busy)
        #expect(claim.verdict == .inconclusive)
        #expect(claim.reason.contains("busy before the build (load 1.80 on 2 cores)"))
        #expect(claim.reason.contains("the claim has no control"))
    }

    @Test(arguments: [twoCores, oneCore])
    func threadsOverlapIOOnAnyCoreCount(machine: BuildMachine) {
        func io(_ threads: Double) -> [ExampleResult] {
            [
                MeasuredResult.make("io-sequential", walls: Self.walls(0.80, 0.005)),
                MeasuredResult.make("io-threads", walls: Self.walls(threads, 0.005)),
                MeasuredResult.make("io-processes", walls: Self.walls(0.45, 0.01)),
            ]
        }
        #expect(Self.claim("threads-better-io", io(0.41), machine).verdict == .holds)
        #expect(Self.claim("threads-better-io", io(0.79), machine).verdict == .fails)
    }

    @Test func failedEvidenceIsInconclusiveWithTheReason() {
        var results = Self.cpu(
            Self.walls(0.60, 0.01), Self.walls(0.62, 0.01), Self.walls(0.33, 0.01))
        results[1] = MeasuredResult.make("cpu-threads", walls: [0.6], outcome: .exited(code: 1))
        let gil = Self.claim("gil-threads-cpu", results, Self.twoCores)
        #expect(gil.verdict == .inconclusive)
        #expect(gil.reason == "The example 'cpu-threads' exited with code 1, so it shows nothing.")
    }

    static func race(_ unlocked: [Int], _ locked: [Int], parent: [Int] = [0]) -> [ExampleResult] {
        func result(_ id: String, _ numbers: [[String: Double]]) -> ExampleResult {
            var result = MeasuredResult.make(id, walls: numbers.map { _ in 0.1 })
            var runs = result.runs
            for index in runs.indices {
                runs[index] = runs[index].with(resultNumbers: numbers[index])
            }
            return result.with(runs: runs)
        }
        return [
            result(
                "race-threads-unlocked", unlocked.map { ["expected": 2000, "total": Double($0)] }),
            result("race-threads-locked", locked.map { ["expected": 2000, "total": Double($0)] }),
            result(
                "race-processes",
                parent.map { ["parent_total": Double($0), "children_total": 2000] }),
        ]
    }

    @Test func racesAreDecidedRunByRun() {
        let races = Self.claim(
            "shared-memory-races", Self.race([2000, 1012, 2000], [2000, 2000]), Self.twoCores)
        // Run by run is exact: no noise to clear.
        #expect(races.reason.hasPrefix("Holds. Measured: result(race-threads-locked).total ="))
        var verdicts = Self.verdicts(Self.race([2000, 1012, 2000], [2000, 2000]), Self.twoCores)
        #expect(verdicts["shared-memory-races"] == .holds)
        #expect(verdicts["processes-own-memory"] == .holds)
        // No lost update in any run: that does not show a race cannot happen.
        verdicts = Self.verdicts(Self.race([2000], [2000], parent: [0, 5]), Self.twoCores)
        #expect(verdicts["shared-memory-races"] == .inconclusive)
        #expect(verdicts["processes-own-memory"] == .inconclusive)
        // The locked counter is off: the experiment itself is.
        let off = Self.claim("shared-memory-races", Self.race([1000], [2000, 1999]), Self.twoCores)
        #expect(off.verdict == .inconclusive)
        #expect(off.reason.hasPrefix("The experiment itself is off"))
        #expect(off.reason.contains("in 1 of 2 runs"))
        verdicts = Self.verdicts(Self.race([1000], [2000], parent: [2000]), Self.twoCores)
        #expect(verdicts["processes-own-memory"] == .fails)
    }

    @Test func resultLinesOfTheShownRunServeRunsMeasuredBeforeEveryRunKeptThem() {
        let results = [
            MeasuredResult.make(
                "race-threads-unlocked", walls: [0.1],
                lines: ["counter = 1034", #"RESULT {"expected": 2000, "total": 1034}"#]),
            MeasuredResult.make(
                "race-threads-locked", walls: [0.1],
                lines: [#"RESULT {"expected": 2000, "total": 2000}"#]),
        ]
        #expect(Self.verdicts(results, Self.twoCores)["shared-memory-races"] == .holds)
    }

    static func ipc(pipe: [Double]) -> [ExampleResult] {
        var results: [ExampleResult] = []
        for (index, size) in ["64", "4096"].enumerated() {
            for (base, elapsed) in [
                ("ipc-queue-threads", [0.010, 0.011, 0.012]),
                ("ipc-queue-processes", [0.050, 0.051, 0.052]), ("ipc-pipe", [pipe[index]]),
            ] {
                var result = MeasuredResult.make(
                    "\(base)@size=\(size)", walls: elapsed.map { _ in 0.2 },
                    parameters: ["size": size])
                var runs = result.runs
                for run in runs.indices {
                    runs[run] = runs[run].with(resultNumbers: ["elapsed_s": elapsed[run]])
                }
                result = result.with(runs: runs)
                results.append(result)
            }
        }
        return results
    }

    @Test func ipcAccountsForThePipe() {
        let slower = Self.claim("ipc-slower", Self.ipc(pipe: [0.03, 0.04]), Self.twoCores)
        #expect(slower.verdict == .holds)
        // The pipe faster than the threads' queue at 64 B: partly contradicted, said so.
        let partly = Self.claim("ipc-slower", Self.ipc(pipe: [0.005, 0.04]), Self.twoCores)
        #expect(partly.verdict == .inconclusive)
        #expect(partly.reason.hasPrefix("Partly contradicted"))
        #expect(partly.reason.contains("(contradicted at size=64)"))
        #expect(partly.reason.contains("ipc-pipe@size=64 reported elapsed_s = 0.005"))
    }

    @Test func memoryIsDecidedOnPSS() {
        func memory(_ id: String, pss: Int, rss: Int) -> ExampleResult {
            var result = MeasuredResult.make(id, walls: [0.3, 0.3], peakBytes: rss)
            var runs = result.runs
            for run in runs.indices { runs[run] = runs[run].with(peakPSSBytes: pss) }
            return result.with(runs: runs)
        }
        let mib = 1 << 20
        let results = [
            memory("memory-threads", pss: 92 * mib, rss: 93 * mib),
            memory("memory-fork", pss: 101 * mib, rss: 146 * mib),
            memory("memory-spawn", pss: 160 * mib, rss: 170 * mib),
        ]
        let claim = Self.claim("processes-more-memory", results, Self.twoCores)
        #expect(claim.verdict == .holds)
        #expect(claim.reason.contains("memory-fork peaked at 101.0 MiB of PSS"))
    }

    /// A claim on cores busy: a missing parallelism on a busy machine counts only with a control.
    @Test func coresFromTheCPUTrace() throws {
        let claim = try ClaimParser.parse(
            """
            Threads never keep two cores busy.
            holds if cores(threads) < 1.5
            control cores(processes) > 1.5
            """, location: SourceLocation(file: "p.md", line: 1), id: "cores")
        func result(_ id: String, _ cores: [Double]) -> ExampleResult {
            var result = MeasuredResult.make(id, walls: cores.map { _ in 1 })
            var runs = result.runs
            for run in runs.indices { runs[run] = runs[run].with(medianCores: cores[run]) }
            return result.with(runs: runs)
        }
        let free = [result("threads", [1.0, 1.01, 0.99]), result("processes", [1.9, 1.95, 2.0])]
        let busy = SiteAnalyzer.analyze([claim], results: free, machine: Self.busy)[0]
        #expect(busy.verdict == .holds)
        #expect(busy.reason.contains("the control shows the cores were free"))
        #expect(busy.reason.contains("threads kept 1.00 ± 0.01 cores busy"))
        let hidden = [result("threads", [1.0, 1.01, 0.99]), result("processes", [1.0, 1.1, 1.2])]
        #expect(
            SiteAnalyzer.analyze([claim], results: hidden, machine: Self.busy)[0].verdict
                == .inconclusive)
        #expect(
            SiteAnalyzer.analyze([claim], results: hidden, machine: Self.twoCores)[0].verdict
                == .holds)
        let unsampled = [MeasuredResult.make("threads", walls: [1]), result("processes", [2])]
        #expect(
            SiteAnalyzer.analyze([claim], results: unsampled, machine: Self.twoCores)[0].reason
                == "The example 'threads' has no CPU trace (its tree was not sampled).")
    }
}
