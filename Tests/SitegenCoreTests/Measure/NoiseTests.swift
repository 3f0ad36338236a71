import Foundation
import Testing

@testable import SitegenCore

@Suite struct NoiseTests {
    @Test func stealIsTheEighthNumberOfTheCPULine() {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        #expect(
            NoiseProbe.steal(fromCPULine: "cpu  93640 4908 10987 46855 1171 0 149 1614 0 0")
                == 1614 / ticks)
        #expect(NoiseProbe.steal(fromCPULine: "cpu  1 2 3") == nil)
    }

    @Test func topologyCountsSMTSiblingsAsOneCore() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "topology-\(UInt32.random(in: 0...UInt32.max))"
        ).path
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 4 hardware threads, two per core: cpu0+cpu2, cpu1+cpu3.
        for (cpu, siblings) in [(0, "0,2"), (1, "1,3"), (2, "0,2"), (3, "1,3")] {
            let folder = "\(root)/cpu\(cpu)/topology"
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            try (siblings + "\n").write(
                toFile: folder + "/thread_siblings_list", atomically: true, encoding: .utf8)
            try "0\n".write(
                toFile: folder + "/physical_package_id", atomically: true, encoding: .utf8)
        }
        let topology = try #require(NoiseProbe.topology(root: root))
        #expect(topology.cores == 2 && topology.threads == 4)
        #expect(NoiseProbe.cpuFrequencyMHz(root: root) == nil)  // "not readable"
        try FileManager.default.createDirectory(
            atPath: root + "/cpu0/cpufreq", withIntermediateDirectories: true)
        try "2400000\n".write(
            toFile: root + "/cpu0/cpufreq/scaling_cur_freq", atomically: false, encoding: .utf8)
        #expect(NoiseProbe.cpuFrequencyMHz(root: root) == 2400)
    }

    static func run(wall: Double, cpu: Double, steal: Double, switches: Int) -> RunMeasurement {
        RunMeasurement(
            wallSeconds: wall, userSeconds: cpu, systemSeconds: 0, peakRSSBytes: 0,
            treeSampled: false, stealSeconds: steal, involuntarySwitches: switches)
    }

    @Test func warnsWhenStealOrPreemptionMatter() {
        // 2 runs of 1 s on 2 CPUs: 4 CPU-seconds, 0.5 s stolen = 12.5 % ≥ 10 %.
        let stolen = RunAnalyzer.noiseWarnings(
            runs: [
                Self.run(wall: 1, cpu: 1, steal: 0.3, switches: 5),
                Self.run(wall: 1, cpu: 1, steal: 0.2, switches: 5),
            ], coresOnline: 2)
        #expect(stolen == [.stolenCPU(fraction: 0.125)])
        // 150 switches in 2 CPU-seconds = 75 per CPU-second ≥ 50.
        let preempted = RunAnalyzer.noiseWarnings(
            runs: [
                Self.run(wall: 1, cpu: 1, steal: 0.01, switches: 100),
                Self.run(wall: 1, cpu: 1, steal: 0.01, switches: 50),
            ], coresOnline: 2)
        #expect(preempted == [.preempted(perCPUSecond: 75)])
        #expect(preempted[0].text.contains("75 times per CPU-second"))
        let quiet = RunAnalyzer.noiseWarnings(
            runs: [Self.run(wall: 1, cpu: 1, steal: 0.01, switches: 3)], coresOnline: 2)
        #expect(quiet.isEmpty)
    }
}

@Suite struct CoresBusyTests {
    static func trace(_ cores: [Double]) -> TreeTrace {
        TreeTrace(
            samples: cores.enumerated().map {
                TreeTrace.Sample(
                    time: Double($0.offset) * 0.01, cores: $0.element, rssBytes: 1, processes: 1)
            }, processes: [], cpuSeconds: 0)
    }

    @Test func busyWindowWithoutWorkerEvents() throws {
        // Idle start-up and tail excluded: the window is the busy samples 0.02 … 0.06.
        let busy = try #require(
            CoresBusy.of(Self.trace([0, 0.1, 1.8, 1.9, 0.7, 2.0, 1.7, 0.1, 0])))
        #expect(busy.samples == 5)
        #expect(busy.median == 1.8)
        #expect(abs(busy.p10 - 1.1) < 1e-9)  // numpy.quantile([0.7,1.7,1.8,1.9,2.0], 0.1)
        #expect(abs(busy.p90 - 1.96) < 1e-9)
        #expect(CoresBusy.of(Self.trace([0, 0.1, 0.2])) == nil)
    }

    @Test func workerEventsSetTheWindow() throws {
        let events = [
            WorkerEvent(kind: .threadStart, time: 0.0, pid: 1, tid: 1, name: "MainThread"),
            WorkerEvent(kind: .threadStart, time: 0.035, pid: 1, tid: 2, name: "Thread-1"),
            WorkerEvent(kind: .threadEnd, time: 0.065, pid: 1, tid: 2, name: "Thread-1"),
        ]
        let busy = try #require(
            CoresBusy.of(Self.trace([0, 1, 1, 1, 0.9, 1.0, 1.1, 1, 1, 1]), events: events))
        #expect(busy.samples == 3)  // 0.04, 0.05, 0.06
        #expect(busy.median == 1.0)
    }
}
