import Foundation
import Testing

@testable import SitegenCore

/// Hung examples, fan-out and escapers: whatever an example starts, nothing outlives the build.
@Suite("Process trees")
struct ProcessTreeTests {
    @Test func hungExampleTimesOutAndFailsTheBuild() throws {
        let fixture = try SiteFixture([
            "index.md": "# Hang\n\n```sh run id=hung timeout=0.2\necho waiting\nsleep 30\n```\n"
        ])
        let start = Date()
        let error = try #require(fixture.build().error)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(error.description.hasPrefix("index.md:3: example 'hung' timed out after 200.0 ms"))
        #expect(error.hint.contains("expect=timeout"))
        #expect(fixture.survivors().isEmpty)
    }

    @Test func hungMultiprocessingWorkersAreKilledAndListed() throws {
        let code = """
            import multiprocessing, time

            def work(n):
                print(f"worker {n} ready", flush=True)
                time.sleep(60)

            if __name__ == "__main__":
                workers = [multiprocessing.Process(target=work, args=(n,)) for n in range(2)]
                for w in workers:
                    w.start()
                for w in workers:
                    w.join()
            """
        let fixture = try SiteFixture([
            "index.md": "# Hang\n\n```python run id=pool timeout=1.5 expect=timeout\n\(code)\n```\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        let page = outcome.page
        #expect(page.contains("timed out (process group killed), as expected (expect=timeout)"))
        #expect(page.contains("3 processes were still running and were killed"))
        #expect(page.components(separatedBy: "(worker of pid ").count - 1 == 2)
        #expect(page.contains("(the example itself)"))
        #expect(page.contains("Last lines printed before the kill"))
        #expect(page.contains("worker 0 ready") && page.contains("worker 1 ready"))
        #expect(outcome.files["results.json"]?.contains("\"killed_pids\"") == true)
        #expect(fixture.survivors().isEmpty)
    }

    @Test func fiftyProcessesAreAllGoneAfterTheBuild() throws {
        let code = "for i in $(seq 50); do sleep 30 & done\necho started 50"
        let fixture = try SiteFixture(["index.md": "# Fan\n\n```sh run id=fan\n\(code)\n```\n"])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(outcome.page.contains("started 50"))
        #expect(fixture.survivors().isEmpty)
    }

    @Test func aChildThatCallsSetsidDoesNotSurvive() throws {
        let code = """
            import os, time
            if os.fork() == 0:
                os.setsid()
                time.sleep(60)
                os._exit(0)
            print("parent leaves its escaped child behind")
            """
        let fixture = try SiteFixture([
            "index.md": "# Escape\n\n```python run id=escape\n\(code)\n```\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(outcome.page.contains("parent leaves its escaped child behind"))
        #expect(fixture.survivors().isEmpty)
    }

    @Test func aDaemonThatClosedItsOutputDoesNotSurvive() throws {
        let code = "setsid sh -c 'exec >/dev/null 2>&1; sleep 60' &\necho detached"
        let fixture = try SiteFixture([
            "index.md": "# Daemon\n\n```sh run id=daemon\n\(code)\n```\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(fixture.survivors().isEmpty)
    }
}
