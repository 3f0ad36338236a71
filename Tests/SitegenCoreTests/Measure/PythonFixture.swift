import Foundation

@testable import SitegenCore

/// The real Python interpreter and an environment without this machine's PYTHON* conveniences.
enum PythonFixture {
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "PYTHONUNBUFFERED")
        environment.removeValue(forKey: "PYTHONDONTWRITEBYTECODE")
        return environment
    }

    static func interpreter() throws -> Interpreter {
        try InterpreterResolver(environment: environment, executor: SpawnExecutor())
            .resolve("python", for: SourceLocation(file: "test.md", line: 1))
    }

    /// Debian's PyPy, when installed.
    static let pypy: String? = ["/usr/bin/pypy3", "/usr/local/bin/pypy3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A free-threaded CPython (3.13t / 3.14t): on PATH, or where
    /// `../shared/tools/free-threaded-python.sh` builds it by default (`.ci/run` does so when
    /// it is missing); nil when this machine has none, and the tests that need it are skipped.
    static let freeThreaded: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let onPath = ["python3.14t", "python3.13t"].flatMap { name in
            path.split(separator: ":").map { "\($0)/\(name)" }
        }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return (onPath + [home + "/.cache/free-threaded-python/bin/python3.13t"]).first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Runs `code` once through the runner (no warm-up), instrumented; `python` is the
    /// interpreter to run it with (`SITEGEN_PYTHON`), python3 from PATH by default.
    static func run(_ code: String, id: String = "fixture", python: String? = nil) throws
        -> ExampleResult
    {
        var environment = self.environment
        if let python { environment["SITEGEN_PYTHON"] = python }
        let runner = ExampleRunner(executor: SpawnExecutor(), environment: environment)
        let example = Example(
            id: id, page: "test.html", language: "python", code: code,
            location: SourceLocation(file: "test.md", line: 1), timeout: 20)
        return try runner.run(RunPlan.plans([example], RunSettings(runs: 1, warmup: 0)))[0]
    }
}
