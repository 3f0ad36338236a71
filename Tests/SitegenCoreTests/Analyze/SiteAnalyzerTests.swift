import Testing

@testable import SitegenCore

@Suite struct SiteAnalyzerTests {
    static let twoCores = BuildMachine(availableCores: 2, loadBefore: 0.1)

    /// CPU-bound results as a two-core machine with a GIL gives them.
    static func cpu() -> [ExampleResult] {
        [
            MeasuredResult.make("cpu-sequential", walls: [0.60, 0.61, 0.62]),
            MeasuredResult.make("cpu-threads", walls: [0.61, 0.62, 0.63]),
            MeasuredResult.make("cpu-processes", walls: [0.32, 0.33, 0.34]),
        ]
    }

    static func verdicts(_ results: [ExampleResult], _ machine: BuildMachine) -> [String: Verdict] {
        Dictionary(
            uniqueKeysWithValues: SiteAnalyzer.analyze(results, machine: machine).map {
                ($0.id, $0.verdict)
            })
    }

    @Test func everyClaimGetsARecordInOrder() {
        let claims = SiteAnalyzer.analyze([], machine: Self.twoCores)
        #expect(claims.map(\.id) == ClaimStatement.all.map(\.id))
        #expect(claims.allSatisfy { $0.verdict == .inconclusive })
        #expect(claims[0].reason.contains("'cpu-sequential' is not in this site"))
    }

    @Test func cpuClaimsHoldOnTwoFreeCores() {
        let verdicts = Self.verdicts(Self.cpu(), Self.twoCores)
        #expect(verdicts["gil-threads-cpu"] == .holds)
        #expect(verdicts["processes-parallel-cpu"] == .holds)
        #expect(verdicts["processes-better-cpu"] == .holds)
    }

    @Test func oneCoreIsInconclusiveNeverFails() {
        // What `taskset -c 0` gives: processes no faster than threads.
        let results = [
            MeasuredResult.make("cpu-sequential", walls: [0.60, 0.61, 0.62]),
            MeasuredResult.make("cpu-threads", walls: [0.61, 0.62, 0.63]),
            MeasuredResult.make("cpu-processes", walls: [0.62, 0.63, 0.64]),
        ]
        let verdicts = Self.verdicts(results, BuildMachine(availableCores: 1, loadBefore: 0))
        #expect(verdicts["processes-parallel-cpu"] == .inconclusive)
        #expect(verdicts["processes-better-cpu"] == .inconclusive)
        #expect(verdicts["gil-threads-cpu"] == .inconclusive)
    }

    @Test func busyMachineWithParallelProcessesStillShowsTheGIL() {
        let claims = SiteAnalyzer.analyze(
            Self.cpu(), machine: BuildMachine(availableCores: 2, loadBefore: 3))
        let gil = claims.first { $0.id == "gil-threads-cpu" }!
        #expect(gil.verdict == .holds)
        #expect(gil.reason.contains("the cores were free"))
    }

    @Test func failedEvidenceIsInconclusiveWithTheReason() {
        var results = Self.cpu()
        results[1] = MeasuredResult.make(
            "cpu-threads", walls: [0.6], outcome: .exited(code: 1))
        let gil = SiteAnalyzer.analyze(results, machine: Self.twoCores)[0]
        #expect(gil.verdict == .inconclusive)
        #expect(gil.reason == "the example 'cpu-threads' exited with code 1, so it shows nothing")
    }

    @Test func resultLinesDecideTheRaceClaims() {
        let results = [
            MeasuredResult.make(
                "race-threads-unlocked", walls: [0.1],
                lines: ["counter = 1034", #"RESULT {"expected": 2000, "total": 1034}"#]),
            MeasuredResult.make(
                "race-threads-locked", walls: [0.1],
                lines: [#"RESULT {"expected": 2000, "total": 2000}"#]),
            MeasuredResult.make(
                "race-processes", walls: [0.1],
                lines: [#"RESULT {"parent_total": 0, "children_total": 2000, "model": "p"}"#]),
        ]
        let verdicts = Self.verdicts(results, Self.twoCores)
        #expect(verdicts["shared-memory-races"] == .holds)
        #expect(verdicts["processes-own-memory"] == .holds)
    }

    @Test func ipcComparesEachMessageSize() {
        var results: [ExampleResult] = []
        for (size, threads, processes) in [("64", 0.01, 0.05), ("4096", 0.02, 0.09)] {
            results.append(
                MeasuredResult.make(
                    "ipc-queue-threads@size=\(size)", walls: [0.10, 0.11, 0.12],
                    lines: [#"RESULT {"elapsed_s": \#(threads)}"#], parameters: ["size": size]))
            results.append(
                MeasuredResult.make(
                    "ipc-queue-processes@size=\(size)", walls: [0.15, 0.16, 0.17],
                    lines: [#"RESULT {"elapsed_s": \#(processes)}"#], parameters: ["size": size]))
        }
        let ipc = SiteAnalyzer.analyze(results, machine: Self.twoCores).first {
            $0.id == "ipc-slower"
        }!
        #expect(ipc.verdict == .holds)
        #expect(ipc.reason.hasPrefix("64 B: threads 5.00 ±"))
        #expect(ipc.reason.contains("4096 B: threads 4.50 ±"))
    }

    @Test func resultLineParsesTheLastJSONObject() {
        let lines = [
            OutputLine(time: 0, stream: .stdout, text: #"RESULT {"total": 1}"#),
            OutputLine(time: 1, stream: .stdout, text: "RESULT not json"),
            OutputLine(time: 2, stream: .stderr, text: #"RESULT {"total": 3}"#),
        ]
        let parsed = ResultLine.parse(lines)
        #expect(parsed?.numbers["total"] == 1)
    }
}
