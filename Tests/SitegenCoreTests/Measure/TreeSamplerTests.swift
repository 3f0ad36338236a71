import Foundation
import Testing

@testable import SitegenCore

@Suite struct TreeSamplerTests {
    /// Two processes each burning 0.4 s of CPU (process time, so contention cannot shorten it).
    static let twoBusyProcesses = """
        import multiprocessing, time
        def burn():
            end = time.process_time() + 0.4
            while time.process_time() < end:
                pass
        if __name__ == "__main__":
            workers = [multiprocessing.Process(target=burn) for _ in range(2)]
            for w in workers: w.start()
            for w in workers: w.join()
        """

    /// The CPU a worker burns after the last sample before it exits is not seen (≤ one interval
    /// per process), so the agreement improves with the example's length.
    @Test func twoBusyProcessesUseTwoCoresAndAgreeWithWait4() throws {
        let result = try PythonFixture.run(Self.twoBusyProcesses, id: "burn")
        let trace = try #require(result.trace)
        let waited = result.capture.userSeconds + result.capture.systemSeconds
        let gap = abs(trace.cpuSeconds - waited) / waited
        #expect(gap < 0.02, "sampled \(trace.cpuSeconds) s vs wait4 \(waited) s")
        #expect(trace.peakProcesses >= 3)
        // The parent waits in join(): at most the two workers count as busy.
        #expect(trace.peakBusyProcesses <= 2)
        #expect(trace.peakRSSBytes > trace.processes[0].peakRSSBytes)
        // The per-sample cores integrate back to the tree's CPU.
        var integrated = 0.0
        for (previous, sample) in zip(trace.samples, trace.samples.dropFirst()) {
            integrated += sample.cores * (sample.time - previous.time)
        }
        #expect(abs(integrated - trace.cpuSeconds) < 0.05 * trace.cpuSeconds + 0.05)
        // About 2 cores while both burn, unless other work already filled the machine.
        if let load = MachineProbe.loadAverage(), load < 0.5 {
            let busy = Array(trace.samples.map(\.cores).sorted().suffix(5))
            #expect(Statistics.median(busy) > 1.6, "\(trace.samples.map(\.cores))")
        }
        #expect(result.runs.count == 1 && result.runs[0].treeSampled)
    }

    /// A fork shares its parent's pages: PSS counts them once, summed RSS twice. The rollups are
    /// read only while the tree's RSS grows, a few times per run, not on every sample.
    @Test func peakPSSOfAForkedTreeIsBelowItsSummedRSS() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import os, time\nb = b'\\x01' * (40 * 2**20)\npid = os.fork()\ntime.sleep(0.4)\nif pid: os.waitpid(pid, 0)",
        ]
        try process.run()
        let sampler = TreeSampler()
        let start = Date()
        while process.isRunning {
            sampler.observe(
                rootPID: process.processIdentifier, elapsed: -start.timeIntervalSinceNow)
            usleep(10_000)
        }
        let trace = sampler.trace
        let pss = try #require(trace.peakPSSBytes)
        #expect(pss > 40 << 20, "PSS \(pss)")
        #expect(
            Double(pss) < 0.75 * Double(trace.peakRSSBytes), "PSS \(pss), RSS \(trace.peakRSSBytes)"
        )
        #expect(
            sampler.pssReads < trace.samples.count / 2,
            "\(sampler.pssReads) of \(trace.samples.count)")
    }

    @Test func pssLineOfARollup() {
        let rollup =
            "00400000-7ffd [rollup]\nRss:              1024 kB\nPss:               512 kB\nPss_Anon:  3 kB\n"
        #expect(TreeSampler.pssBytes(rollup) == 512 * 1024)
        #expect(TreeSampler.pssBytes("Rss: 4 kB\n") == 0)
    }

    @Test func fieldsOfProcFiles() {
        #expect(TreeSampler.field("123 456 789\n", 1) == 456)
        #expect(TreeSampler.field("5", 3) == nil)
        #expect(TreeSampler.listTasks(getpid()).contains(getpid()))
        #expect(TreeSampler.listTasks(-1).isEmpty)
    }
}
