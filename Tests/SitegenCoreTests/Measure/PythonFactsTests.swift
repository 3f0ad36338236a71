import Foundation
import Testing

@testable import SitegenCore

/// The interpreter facts on the machine card, probed from real interpreters. No free-threaded
/// CPython can be installed on this machine, so its detection is tested with an interpreter
/// wrapper that reports `Py_GIL_DISABLED = 1` (and `sys._is_gil_enabled()`): not a run of a real
/// free-threaded build.
@Suite struct PythonFactsTests {
    private func facts(_ interpreter: Interpreter, environment: [String: String]? = nil)
        -> InterpreterFacts
    {
        InterpreterFacts.probePython(
            interpreter, executor: SpawnExecutor(),
            environment: environment ?? PythonFixture.environment)
    }

    private func resolve(_ python: String) throws -> Interpreter {
        var environment = PythonFixture.environment
        environment["SITEGEN_PYTHON"] = python
        return try InterpreterResolver(environment: environment, executor: SpawnExecutor())
            .resolve("python", for: SourceLocation(file: "t.md", line: 1))
    }

    @Test func defaultCPythonHasTheGIL() throws {
        let python = try PythonFixture.interpreter()
        let facts = facts(python)
        #expect(facts.implementation == "CPython")
        #expect(facts.value("free_threaded") == "no" && facts.value("gil") == "on")
        #expect(["fork", "forkserver", "spawn"].contains(facts.value("start_method") ?? ""))
        #expect(facts.value("cores") == String(MachineProbe.coresAvailable()))
    }

    @Test(.enabled(if: PythonFixture.pypy != nil)) func pypyHasAGILAndNoFreeThreadedBuild() throws {
        let facts = facts(try resolve(PythonFixture.pypy!))
        #expect(facts.implementation == "PyPy")
        #expect(facts.value("free_threaded") == "no" && facts.value("gil") == "on")
        #expect(facts.value("start_method") == "fork")
    }

    @Test(arguments: [("False", "off"), ("True", "on")])
    func aFreeThreadedBuildIsDetected(enabled: String, gil: String) throws {
        let wrapper = try InterpreterWrapper(
            pth:
                "import sys, sysconfig; g = sysconfig.get_config_var; sysconfig.get_config_var = lambda n, g=g: 1 if n == 'Py_GIL_DISABLED' else g(n); sys._is_gil_enabled = lambda: \(enabled)"
        )
        defer { wrapper.remove() }
        let interpreter = try resolve(wrapper.path)
        #expect(interpreter.path == wrapper.path)
        let facts = facts(interpreter)
        #expect(facts.value("free_threaded") == "yes" && facts.value("gil") == gil)
        let card = MachineView.node(
            MachineInfo(
                cores: 2, os: "OS", kernel: "K", architecture: "A", interpreters: [:],
                interpreterFacts: [facts]), generator: "g"
        ).rendered
        #expect(card.contains("<dt>Free-threaded build</dt><dd>yes (Py_GIL_DISABLED)</dd>"))
        #expect(card.contains("<dt>GIL at run time</dt><dd>\(gil)</dd>"))
    }

    @Test func cachedFactsAreKeptPerGILSwitch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let python = try PythonFixture.interpreter()
        let cache = InterpreterCache(file: folder.path + "/interpreters.json")
        let counting = CountingProbe()
        var environment = PythonFixture.environment
        _ = InterpreterFacts.probePython(
            python, executor: counting, environment: environment, cache: cache)
        _ = InterpreterFacts.probePython(
            python, executor: counting, environment: environment, cache: cache)
        cache.save()
        let reloaded = InterpreterCache(file: folder.path + "/interpreters.json")
        _ = InterpreterFacts.probePython(
            python, executor: counting, environment: environment, cache: reloaded)
        #expect(counting.count == 1)
        environment["PYTHON_GIL"] = "1"
        _ = InterpreterFacts.probePython(
            python, executor: counting, environment: environment, cache: reloaded)
        #expect(counting.count == 2)
    }
}

/// The real executor, counting its spawns.
final class CountingProbe: ProcessExecutor, @unchecked Sendable {
    private let lock = NSLock()
    private var spawned = 0
    var count: Int { lock.withLock { spawned } }

    func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws -> ProcessCapture {
        lock.withLock { spawned += 1 }
        return try SpawnExecutor().run(request, observer: observer)
    }
}
