import Foundation
import Testing

@testable import SitegenCore

/// Each worker's life split into running / waiting for a core / blocked, checked against what
/// the workers measured of themselves (their own CPU clocks and wall clocks), on real processes.
@Suite(.serialized) struct WorkerTimeTests {
    /// A spinning thread, a sleeping one and one waiting on a lock the main thread holds; each
    /// prints its own lifetime and CPU time (`time.thread_time`).
    static let threeThreads = """
        import threading, time, json
        lock = threading.Lock()
        figures = {}
        def spin():
            t0 = time.monotonic(); c0 = time.thread_time()
            while time.monotonic() - t0 < 0.3:
                pass
            figures["spinner"] = (time.monotonic() - t0, time.thread_time() - c0)
        def sleep():
            t0 = time.monotonic()
            time.sleep(0.3)
            figures["sleeper"] = (time.monotonic() - t0, 0)
        def wait():
            t0 = time.monotonic()
            with lock:
                pass
            figures["waiter"] = (time.monotonic() - t0, 0)
        lock.acquire()
        threads = [threading.Thread(target=f, name=n) for f, n in
                   ((spin, "spinner"), (sleep, "sleeper"), (wait, "waiter"))]
        for t in threads: t.start()
        time.sleep(0.3)
        lock.release()
        for t in threads: t.join()
        print(json.dumps(figures))
        """

    @Test func spinningSleepingAndLockWaitingThreadsSplitAsTheyMeasuredThemselves() throws {
        let result = try PythonFixture.run(Self.threeThreads, id: "threads")
        let workers = try #require(result.runs.first?.workers)
        let text = result.lines.map(\.text).first { $0.hasPrefix("{") } ?? "{}"
        let own = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Double]])
        for name in ["spinner", "sleeper", "waiter"] {
            let worker = try #require(workers.first { $0.thread == name }, "\(workers)")
            let measured = try #require(own[name])
            let life = Double(worker.lifetimeNs) / 1e9
            #expect(worker.source == .sideChannel)
            #expect(!worker.isMainThread && !worker.waitsForChildren)
            // Its own wall clock runs inside the counted life, which adds the bootstrap and the
            // GIL hand-overs at its start and end (longer on a busy machine).
            #expect(measured[0] <= life + 0.001, "\(worker)")
            #expect(life - measured[0] < 0.2 * life + 0.05, "\(name): \(measured[0]) s, \(worker)")
            let running = Double(worker.runningNs) / 1e9
            let blocked = Double(worker.blockedNs) / 1e9
            if name == "spinner" {
                #expect(abs(running - measured[1]) < 0.03 * life, "\(worker)")
                #expect(blocked < 0.05 * life, "\(worker)")
            } else {
                // Blocked for the whole 0.3 s sleep, or the 0.3 s the lock was held; then it
                // may wait for a core and for the GIL (a busy machine stretches that).
                #expect(running < 0.03 * life, "\(worker)")
                #expect(blocked > 0.29, "\(worker)")
            }
        }
        let main = try #require(workers.first { $0.isRoot && $0.isMainThread })
        #expect(main.waitsForChildren && main.thread == "MainThread" && main.source == .sampler)
        #expect(main.process == "MainProcess")
    }

    /// Two processes pinned to one core, each burning 0.2 s of its own CPU time: each ran about
    /// half its life and waited for the core the other half, never blocked.
    static let twoProcessesOnOneCore = """
        import multiprocessing, os, time
        def burn(queue):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            t0 = time.monotonic(); c0 = time.process_time()
            while time.process_time() - c0 < 0.2:
                pass
            queue.put((multiprocessing.current_process().name, time.monotonic() - t0,
                       time.process_time() - c0))
        if __name__ == "__main__":
            multiprocessing.set_start_method("fork")
            queue = multiprocessing.Queue()
            workers = [multiprocessing.Process(target=burn, args=(queue,)) for _ in range(2)]
            for w in workers: w.start()
            for w in workers: w.join()
            for _ in workers: print("%s %.6f %.6f" % queue.get())
        """

    @Test func twoProcessesPinnedToOneCoreWaitForItAndAreNeverBlocked() throws {
        let result = try PythonFixture.run(Self.twoProcessesOnOneCore, id: "pinned")
        let workers = try #require(result.runs.first?.workers)
        let own = result.lines.map { $0.text.split(separator: " ") }.filter { $0.count == 3 }
        #expect(own.count == 2)
        for words in own {
            let name = String(words[0])
            let worker = try #require(workers.first { $0.process == name }, "\(workers)")
            let life = Double(worker.lifetimeNs) / 1e9
            let running = Double(worker.runningNs) / 1e9
            let waiting = Double(worker.waitingNs) / 1e9
            let blocked = Double(worker.blockedNs) / 1e9
            #expect(worker.source == .sideChannel && worker.isMainThread)
            #expect(worker.parentPID == result.runs[0].workers?.first { $0.isRoot }?.pid)
            #expect(abs(running - Double(words[2])!) < 0.03 * life, "\(worker)")
            // Both burn on the one core at once: each waits about as long as it runs.
            #expect(waiting > 0.3 * life, "\(worker)")
            #expect(blocked < 0.05 * life, "\(worker)")
        }
        let root = try #require(workers.first { $0.isRoot })
        #expect(root.waitsForChildren)
    }

    /// Without the side channel (any language): the sampler's first and last readings.
    @Test func theSamplerAloneSplitsAThreadThatSpinsThenSleeps() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PythonFixture.interpreter().path)
        process.arguments = [
            "-S", "-c",
            "import time\nt = time.monotonic()\nwhile time.monotonic() - t < 0.25: pass\ntime.sleep(0.25)",
        ]
        let sampler = TreeSampler()
        let start = Date()
        try process.run()
        var lastReading = 0.0
        while process.isRunning {
            lastReading = -start.timeIntervalSinceNow
            sampler.observe(rootPID: process.processIdentifier, elapsed: lastReading)
            usleep(10_000)
        }
        let worker = try #require(
            sampler.trace.workers.first { $0.pid == process.processIdentifier && $0.isMainThread })
        let life = Double(worker.lifetimeNs) / 1e9
        let wall = -start.timeIntervalSinceNow
        #expect(worker.source == .sampler && worker.isRoot && !worker.waitsForChildren)
        // The sampler sees the life up to its last reading, which came before the exit by at most
        // `unseen` (10 ms when idle; a busy machine delays the sampling thread, not the sleep).
        let unseen = wall - lastReading
        #expect(life > 0.5 - unseen && life <= wall, "\(worker), unseen \(unseen)")
        // The 0.25 s sleep was blocked (a busy machine can only lengthen the spin, which runs or
        // waits for a core); the start-up's own reads of the disk add a little.
        let blocked = Double(worker.blockedNs) / 1e9
        #expect(
            blocked > 0.24 - unseen && blocked < 0.25 + 0.05 * life, "\(worker), unseen \(unseen)")
    }
}
