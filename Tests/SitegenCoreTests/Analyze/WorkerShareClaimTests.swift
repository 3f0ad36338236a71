import Testing

@testable import SitegenCore

/// Claims on where the workers' time went (`running`, `waiting`, `blocked`, `cores-when-free`)
/// and speed figures read on undisturbed runs, on hand-made runs.
@Suite struct WorkerShareClaimTests {
    static let quiet = BuildMachine(availableCores: 2, loadBefore: 0.1)
    static let here = SourceLocation(file: "p.md", line: 1)

    /// A worker that lived 1 s: `running` and `waiting` shares of it, the rest blocked.
    static func worker(
        _ name: String, pid: Int32, tid: Int32, running: Double, waiting: Double,
        parent: Bool = false
    ) -> WorkerTime {
        WorkerTime(
            pid: pid, tid: tid, thread: name, process: "MainProcess", isRoot: true,
            waitsForChildren: parent, start: 0, lifetimeNs: 1_000_000_000,
            runningNs: UInt64(running * 1e9), waitingNs: UInt64(waiting * 1e9), source: .sampler)
    }

    /// Runs of `id` measured in rounds 1…n, each with `walls[i]`, two workers with the given
    /// shares and a parent that waited for them; `cores` busy.
    static func result(
        _ id: String, walls: [Double], running: Double, waiting: [Double], cores: Double = 1
    ) -> ExampleResult {
        var result = MeasuredResult.make(id, walls: walls)
        var runs = result.runs
        for index in runs.indices {
            let wait = waiting[index]
            runs[index] = runs[index].with(
                round: index + 1,
                cores: CoresBusy(
                    p10: cores, median: cores, p90: cores, samples: 10, from: 0, to: 1),
                workers: [
                    worker("MainThread", pid: 1, tid: 1, running: 0.01, waiting: 0, parent: true),
                    worker("Thread-1", pid: 1, tid: 2, running: running, waiting: wait),
                    worker("Thread-2", pid: 1, tid: 3, running: running, waiting: wait),
                ])
        }
        return result.with(runs: runs)
    }

    @Test func theDefaultWorkersAreThoseThatDidTheCPUWorkNotTheParent() throws {
        let run = Self.result("t", walls: [1], running: 0.5, waiting: [0.1]).runs[0]
        let split = try #require(run.workerSplit)
        #expect(split.workers == 2)
        #expect(abs(split.running - 0.5) < 1e-9 && abs(split.waiting - 0.1) < 1e-9)
        #expect(abs(split.blocked - 0.4) < 1e-9)
        #expect(Quantity.share(.blocked, "t", workers: "MainThread").value(in: run) == 0.99)
        #expect(run.isDisturbed == false)
        // cores 1 over the 90 % of their lives they did not wait.
        #expect(abs(Quantity.coresWhenFree("t").value(in: run)! - 1 / 0.9) < 1e-9)
    }

    /// Threads blocked by each other on a GIL: decided whether or not the machine is busy (the
    /// waiting is counted apart); free-running threads show the opposite.
    @Test func blockedThreadsDecideAGILClaimOnABusyMachine() throws {
        let claim = try ClaimParser.parse(
            """
            The GIL holds threads back.
            check blocked(seq) < 5%
            holds if blocked(threads) > 10%
            """, location: Self.here, id: "gil")
        let seq = Self.result("seq", walls: [1, 1, 1], running: 0.7, waiting: [0.3, 0.3, 0.3])
        let busy = Self.result(
            "threads", walls: [1, 1, 1], running: 0.2, waiting: [0.6, 0.6, 0.6])
        let found = SiteAnalyzer.analyze([claim], results: [seq, busy], machine: Self.quiet)[0]
        #expect(found.verdict == .holds, "\(found.reason)")
        #expect(
            found.reason.contains("its CPU workers of threads were blocked 20 % of their lives"))
        let free = Self.result("threads", walls: [1, 1, 1], running: 0.97, waiting: [0, 0, 0])
        #expect(
            SiteAnalyzer.analyze([claim], results: [seq, free], machine: Self.quiet)[0].verdict
                == .fails)
    }

    /// A speed-up reads the undisturbed rounds when there are enough; with too few, a missing
    /// speed-up is inconclusive and says how long the workers waited, whatever the load average.
    @Test func speedUpsReadUndisturbedRoundsAndNameTheWaiting() throws {
        let claim = try ClaimParser.parse(
            "Processes are faster.\nholds if speedup(procs over threads) > 1.3\n",
            location: Self.here, id: "faster")
        // Rounds 1–5 undisturbed (1.8×), rounds 6–7 disturbed (no speed-up at all).
        let waits = [0.01, 0.02, 0.01, 0.0, 0.02, 0.5, 0.6]
        let threads = Self.result(
            "threads", walls: Array(repeating: 1, count: 7), running: 0.5, waiting: waits)
        let procs = Self.result(
            "procs", walls: [0.55, 0.56, 0.55, 0.57, 0.55, 1, 1.02], running: 0.9, waiting: waits)
        let read = SiteAnalyzer.analyze([claim], results: [procs, threads], machine: Self.quiet)[0]
        #expect(read.verdict == .holds, "\(read.reason)")
        #expect(read.reason.contains("5 runs each"))
        let allWait = Array(repeating: 0.4, count: 7)
        let slow = Self.result(
            "procs", walls: Array(repeating: 1, count: 7), running: 0.5, waiting: allWait)
        let hidden = Self.result(
            "threads", walls: Array(repeating: 1, count: 7), running: 0.5, waiting: allWait)
        let found = SiteAnalyzer.analyze([claim], results: [slow, hidden], machine: Self.quiet)[0]
        #expect(found.verdict == .inconclusive, "\(found.reason)")
        #expect(
            found.reason.contains(
                "the workers waited for a core 40 % of their lives (median of 7 runs, 0 undisturbed)"
            ), "\(found.reason)")
        // The adaptive rounds go on for it.
        let group = MeasurementGroup(ids: ["procs", "threads"])
        let decider = SiteDecider(claims: [claim])
        #expect(
            decider.undecided(group, runs: ["procs": slow.runs, "threads": hidden.runs]).count == 1)
        #expect(
            decider.undecided(group, runs: ["procs": procs.runs, "threads": threads.runs]).isEmpty)
    }
}
