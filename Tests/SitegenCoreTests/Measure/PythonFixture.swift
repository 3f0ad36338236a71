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
