import Foundation
import Testing

@testable import SitegenCore

@Suite struct AttributionTests {
    @Test func threadsOwnTheirLines() throws {
        let result = try PythonFixture.run(
            """
            import threading
            def work(word):
                for i in range(3):
                    print(f"{word}: {i}")
            threads = [threading.Thread(target=work, args=(w,), name=w) for w in ("Square", "Cube")]
            for t in threads: t.start()
            for t in threads: t.join()
            print("done")
            """, id: "threads")
        let owners = ownersByPrefix(result.lines)
        #expect(result.lines.count == 7)
        #expect(owners["Square"]?.count == 1 && owners["Cube"]?.count == 1)
        let square = try #require(owners["Square"]?.first)
        let cube = try #require(owners["Cube"]?.first)
        let main = try #require(owners["done"]?.first)
        #expect(square.thread == "Square" && cube.thread == "Cube" && main.thread == "MainThread")
        #expect(square.tid != cube.tid && square.tid != main.tid)
        #expect(square.pid == cube.pid && cube.pid == main.pid)
        #expect(result.events.filter { $0.kind == .threadStart }.count == 2)
    }

    @Test(arguments: ["fork", "spawn"])
    func processesOwnTheirLines(method: String) throws {
        let result = try PythonFixture.run(
            """
            import multiprocessing as mp
            def work(word):
                for i in range(3):
                    print(f"{word}: {i}")
            if __name__ == "__main__":
                mp.set_start_method("\(method)")
                ps = [mp.Process(target=work, args=(w,), name=w) for w in ("Square", "Cube")]
                for p in ps: p.start()
                for p in ps: p.join()
                print("done")
            """, id: "procs-\(method)")
        let owners = ownersByPrefix(result.lines)
        #expect(result.lines.count == 7, "\(result.lines)")
        let square = try #require(owners["Square"]?.first)
        let cube = try #require(owners["Cube"]?.first)
        let main = try #require(owners["done"]?.first)
        #expect(owners["Square"]?.count == 1 && owners["Cube"]?.count == 1)
        #expect(square.process == "Square" && cube.process == "Cube")
        #expect(Set([square.pid, cube.pid, main.pid]).count == 3)
        let starts = result.events.filter { $0.kind == .processStart }
        #expect(starts.contains { $0.pid == square.pid && $0.method == method })
        #expect(
            result.events.contains {
                $0.kind == .processEnd && $0.pid == cube.pid && $0.exitCode == 0
            })
    }

    @Test func shellLinesStayStreamLevel() throws {
        let runner = ExampleRunner(
            executor: SpawnExecutor(), environment: PythonFixture.environment)
        let example = Example(
            id: "sh", page: "t.html", language: "sh", code: "echo hi\n",
            location: SourceLocation(file: "t.md", line: 1), timeout: 10)
        let result = try runner.run(RunPlan.plans([example], RunSettings(runs: 1, warmup: 0)))[0]
        #expect(result.lines.map(\.text) == ["hi"])
        #expect(result.lines[0].owner == nil)
    }

    @Test(.enabled(if: PythonFixture.pypy != nil))
    func pypyAttributesLinesAndPrintsNothingOfItsOwn() throws {
        let result = try PythonFixture.run(
            """
            import threading
            def work(word):
                for i in range(3):
                    print(f"{word}: {i}")
            threads = [threading.Thread(target=work, args=(w,), name=w) for w in ("Square", "Cube")]
            for t in threads: t.start()
            for t in threads: t.join()
            print("done")
            """, id: "pypy-threads", python: PythonFixture.pypy)
        #expect(result.interpreter.implementation == "PyPy")
        #expect(result.lines.count == 7)
        #expect(result.lines.allSatisfy { $0.stream == .stdout && $0.owner != nil })
        let owners = ownersByPrefix(result.lines)
        #expect(owners["Square"]?.map(\.thread) == ["Square"])
        #expect(owners["done"]?.map(\.thread) == ["MainThread"])
        #expect(result.unattributedReason == nil)
    }

    @Test func anInterpreterThatCannotAttributeSaysWhyAndNotOnTheStreams() throws {
        let wrapper = try InterpreterWrapper(pth: "import os; del os.register_at_fork")
        defer { wrapper.remove() }
        let result = try PythonFixture.run(
            "import threading\nprint('hi')\nthreading.Thread(target=print, args=('t',)).start()\n",
            id: "no-fork-hook", python: wrapper.path)
        #expect(result.interpreter.path == wrapper.path)
        #expect(result.lines.map(\.text) == ["hi", "t"])
        #expect(result.lines.allSatisfy { $0.stream == .stdout && $0.owner == nil })
        let reason = try #require(result.unattributedReason)
        #expect(reason.contains("os.register_at_fork is missing"))
        let analyzed = RunAnalyzer.analyze(
            result, context: RunAnalyzer.Context(loadAverage: 0, coresAvailable: 2))
        let warning = try #require(analyzed.warnings.last)
        #expect(warning == .linesNotAttributed(reason: reason))
        #expect(
            warning.text.hasPrefix("Lines not attributed on this interpreter: os.register_at_fork"))
    }

    /// The distinct owners of the lines that start with each word.
    private func ownersByPrefix(_ lines: [OutputLine]) -> [String: Set<LineOwner>] {
        var owners: [String: Set<LineOwner>] = [:]
        for line in lines {
            let word = String(line.text.prefix { $0 != ":" })
            if let owner = line.owner { owners[word, default: []].insert(owner) }
        }
        return owners
    }
}
