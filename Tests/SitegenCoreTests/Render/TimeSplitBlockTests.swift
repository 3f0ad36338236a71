import Foundation
import Testing

@testable import SitegenCore

/// A `kind=timesplit` chart from the workers of every run: each worker the median of its shares
/// across runs (the same worker by name, its pid changing), in its line table's colour, the
/// parent marked as waiting for its workers.
@Suite struct TimeSplitBlockTests {
    /// Three runs of two threads and their parent; the last run's pids are the ones its lines show.
    static func threads() -> ExampleResult {
        let result = MeasuredResult.make(
            "cpu-threads", walls: [0.62, 0.6, 0.64],
            lines: ["task 0 done", "task 1 done", "RESULT {\"model\": \"threads\"}"])
        let owners = [
            LineOwner(pid: 30, tid: 32, thread: "Thread-2 (task)", process: "MainProcess"),
            LineOwner(pid: 30, tid: 31, thread: "Thread-1 (task)", process: "MainProcess"),
            LineOwner(pid: 30, tid: 30, thread: "MainThread", process: "MainProcess"),
        ]
        var lines = result.lines
        for index in owners.indices { lines[index] = lines[index].owned(by: owners[index]) }
        var runs = result.runs
        let running = [0.5, 0.6, 0.4]
        for (run, pid) in [Int32(10), 20, 30].enumerated() {
            func worker(_ tid: Int32, _ thread: String, run share: Double, wait: Double)
                -> WorkerTime
            {
                WorkerTime(
                    pid: pid, tid: tid, thread: thread, process: "MainProcess",
                    isRoot: tid == pid, waitsForChildren: tid == pid, start: 0,
                    lifetimeNs: 1_000_000_000, runningNs: UInt64(share * 1e9),
                    waitingNs: UInt64(wait * 1e9), source: .sampler)
            }
            runs[run] = runs[run].with(workers: [
                worker(pid, "MainThread", run: 0.02, wait: 0),
                worker(pid + 1, "Thread-1 (task)", run: running[run], wait: 0.1),
                worker(pid + 2, "Thread-2 (task)", run: 0.5, wait: 0.12),
            ])
        }
        return result.with(runs: runs, lines: lines)
    }

    @Test func eachWorkerIsItsMedianInItsLineTableColour() throws {
        let result = Self.threads()
        let colours = WorkerColours(result: result)
        let workers = ChartBlockView.workers(result, colours)
        #expect(workers.map(\.label) == ["MainThread", "Thread-1 (task)", "Thread-2 (task)"])
        #expect(workers.map(\.waitsForChildren) == [true, false, false])
        #expect(abs(workers[1].running - 0.5) < 1e-9)
        #expect(abs(workers[1].waiting - 0.1) < 1e-9)
        #expect(abs(workers[1].blocked - 0.4) < 1e-9)
        #expect(abs(workers[0].blocked - 0.98) < 1e-9)
        // The colours of the lines' owners: Thread-2 printed first, after the main thread.
        #expect(workers[0].slot == colours.slot("30/30"))
        #expect(workers[1].slot == colours.slot("30/31"))
        #expect(workers[2].slot == colours.slot("30/32"))
        #expect(Set(workers.map(\.slot)).count == 3)
    }

    @Test func theBlockDrawsTheBarsAndSaysTheShares() throws {
        let text = """
            # Page

            ```python run id=cpu-threads
            print(1)
            ```

            ```chart kind=timesplit examples="cpu-threads" title="Where the time went"
            ```

            """
        let site = try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
        var example = Self.threads().example
        example.page = "page.html"
        example.location = site.examples[0].location
        let result = Self.threads().with(example: example)
        let files = try SiteRenderer.render(
            site: site, results: [result],
            machine: MachineInfo(
                cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64",
                interpreters: [:]), generator: "sitegen test")
        let page = String(decoding: try #require(files["page.html"]), as: UTF8.self)
        #expect(page.contains("<svg class=\"chart timesplit\""))
        #expect(page.contains(">waits for its workers</text>"))
        #expect(
            page.contains(
                "threads: each of its 2 workers ran 50 % of its life, waited for a core 10–12 % and was blocked 38–40 %."
            ))
        #expect(page.contains("<th scope=\"row\">threads: MainThread (waits for its workers)</th>"))
        #expect(
            page.contains("median of 3 runs, from the kernel&#39;s per-thread schedstat")
                || page.contains("median of 3 runs, from the kernel's per-thread schedstat"))
    }
}
