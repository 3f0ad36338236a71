import Testing

@testable import SitegenCore

@Suite struct ClaimChecksTests {
    static func s(_ mean: Double, _ stddev: Double) -> SampleStats {
        SampleStats(
            median: mean, mean: mean, stddev: stddev, min: mean - 2 * stddev,
            max: mean + 2 * stddev, count: 5)
    }

    static let twoCores = BuildMachine(availableCores: 2, loadBefore: 0.2)
    static let oneCore = BuildMachine(availableCores: 1, loadBefore: 0.2)
    static let busy = BuildMachine(availableCores: 2, loadBefore: 1.8)

    /// CPU-bound runs as measured: sequential, 2 threads, 2 processes (seconds), and the verdicts
    /// for "the GIL blocks threads", "processes run in parallel", "processes beat threads".
    static let cpuCases:
        [(String, BuildMachine, SampleStats, SampleStats, SampleStats, [Verdict])] = [
            (
                "2 cores", twoCores, s(0.60, 0.01), s(0.62, 0.015), s(0.33, 0.01),
                [.holds, .holds, .holds]
            ),
            (
                "taskset 1 core", oneCore, s(0.60, 0.01), s(0.62, 0.015), s(0.63, 0.01),
                [.inconclusive, .inconclusive, .inconclusive]
            ),
            (
                "2 cores, busy, no speedup", busy, s(0.60, 0.01), s(0.62, 0.015), s(0.55, 0.02),
                [.inconclusive, .inconclusive, .inconclusive]
            ),
            (
                "2 cores, busy, clear speedup", busy, s(0.60, 0.01), s(0.62, 0.015), s(0.34, 0.01),
                [.inconclusive, .holds, .holds]
            ),
            (
                "2 cores, noisy", twoCores, s(0.60, 0.01), s(0.62, 0.015), s(0.45, 0.06),
                [.holds, .inconclusive, .inconclusive]
            ),
            (
                "2 cores, free-threaded", twoCores, s(0.60, 0.01), s(0.32, 0.01), s(0.33, 0.01),
                [.fails, .holds, .fails]
            ),
            (
                "2 cores, no parallelism at all", twoCores, s(0.60, 0.01), s(0.62, 0.015),
                s(0.61, 0.01), [.holds, .fails, .fails]
            ),
        ]

    @Test(arguments: cpuCases.indices)
    func cpuBoundClaims(_ index: Int) {
        let (name, machine, sequential, threads, processes, expected) = Self.cpuCases[index]
        let verdicts = [
            ClaimChecks.gilBlocksThreads(
                sequential: sequential, threads: threads, workers: 2, machine: machine),
            ClaimChecks.processesRunInParallel(
                sequential: sequential, processes: processes, workers: 2, machine: machine),
            ClaimChecks.processesBeatThreads(
                threads: threads, processes: processes, workers: 2, machine: machine),
        ].map(\.verdict)
        #expect(verdicts == expected, "\(name)")
    }

    @Test func oneCoreNeverSaysFails() {
        let finding = ClaimChecks.processesRunInParallel(
            sequential: Self.s(0.60, 0.01), processes: Self.s(0.64, 0.01), workers: 2,
            machine: Self.oneCore)
        #expect(finding.verdict == .inconclusive)
        #expect(
            finding.reason
                == "2 processes vs sequential (CPU-bound): 0.94 ± 0.02 × speedup, but only 1 of the 2 cores the effect needs were available"
        )
    }

    @Test func busyMachineReasonSaysSo() {
        let finding = ClaimChecks.processesRunInParallel(
            sequential: Self.s(0.60, 0.01), processes: Self.s(0.58, 0.01), workers: 2,
            machine: Self.busy)
        #expect(finding.reason.contains("busy before the build (load 1.80 on 2 cores)"))
    }

    @Test(arguments: [twoCores, oneCore])
    func threadsOverlapIOOnAnyCoreCount(machine: BuildMachine) {
        let finding = ClaimChecks.threadsSuitIO(
            sequential: Self.s(0.80, 0.005), threads: Self.s(0.41, 0.005),
            processes: Self.s(0.45, 0.01), workers: 2,
            machine: machine)
        #expect(finding.verdict == .holds)
        let slower = ClaimChecks.threadsSuitIO(
            sequential: Self.s(0.80, 0.005), threads: Self.s(0.79, 0.005),
            processes: Self.s(0.45, 0.01), workers: 2,
            machine: machine)
        #expect(slower.verdict == .fails)
    }

    @Test func memory() {
        let mib = 1_048_576.0
        let threads = SampleStats(
            median: 90 * mib, mean: 90 * mib, stddev: mib, min: 89 * mib, max: 91 * mib, count: 5)
        let processes = SampleStats(
            median: 150 * mib, mean: 150 * mib, stddev: 2 * mib, min: 147 * mib, max: 153 * mib,
            count: 5)
        #expect(
            ClaimChecks.processesUseMoreMemory(threads: threads, processes: processes, workers: 4)
                .verdict == .holds)
        #expect(
            ClaimChecks.processesUseMoreMemory(threads: processes, processes: threads, workers: 4)
                .verdict == .fails)
        #expect(
            ClaimChecks.processesUseMoreMemory(threads: threads, processes: threads, workers: 4)
                .verdict == .inconclusive)
    }

    @Test func ipc() {
        let fast = Self.s(2e-6, 1e-7)
        let slow = Self.s(2e-5, 1e-6)
        #expect(
            ClaimChecks.ipcSlowerThanSharing([("64 B", fast, slow), ("64 KiB", fast, slow)]).verdict
                == .holds)
        #expect(
            ClaimChecks.ipcSlowerThanSharing([("64 B", fast, slow), ("64 KiB", fast, fast)]).verdict
                == .inconclusive)
        #expect(ClaimChecks.ipcSlowerThanSharing([("64 B", slow, fast)]).verdict == .fails)
    }

    @Test func races() {
        #expect(
            ClaimChecks.sharedMemoryRaces(
                expected: 2000, unlocked: [1012, 1003], locked: [2000, 2000]
            ).verdict == .holds)
        #expect(
            ClaimChecks.sharedMemoryRaces(expected: 2000, unlocked: [2000], locked: [2000]).verdict
                == .inconclusive)
        #expect(
            ClaimChecks.sharedMemoryRaces(expected: 2000, unlocked: [1000], locked: [1999]).verdict
                == .inconclusive)
        #expect(
            ClaimChecks.processesHaveOwnMemory(parentCounter: [0, 0], childIncrements: 2000).verdict
                == .holds)
        #expect(
            ClaimChecks.processesHaveOwnMemory(parentCounter: [2000], childIncrements: 2000).verdict
                == .fails)
    }

    @Test func claimRecordCarriesTheStatement() {
        let claim = Claim(ClaimStatement.all[0], Finding(.holds, "because"))
        #expect(claim.id == "gil-threads-cpu")
        #expect(claim.page == "multithreading.html")
        #expect(claim.evidence == ["cpu-sequential", "cpu-threads", "cpu-thread-pool"])
        #expect(Set(ClaimStatement.all.map(\.id)).count == ClaimStatement.all.count)
    }
}
