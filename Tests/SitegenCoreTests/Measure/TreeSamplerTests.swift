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

    @Test func fieldsOfProcFiles() {
        #expect(TreeSampler.field("123 456 789\n", 1) == 456)
        #expect(TreeSampler.field("5", 3) == nil)
        #expect(TreeSampler.listTasks(getpid()).contains(getpid()))
        #expect(TreeSampler.listTasks(-1).isEmpty)
    }
}
