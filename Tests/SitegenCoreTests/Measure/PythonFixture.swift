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

    /// Runs `code` once through the runner (no warm-up), instrumented.
    static func run(_ code: String, id: String = "fixture") throws -> ExampleResult {
        var runner = ExampleRunner(executor: SpawnExecutor(), environment: environment)
        runner.runs = 1
        runner.warmup = 0
        let example = Example(
            id: id, page: "test.html", language: "python", code: code,
            location: SourceLocation(file: "test.md", line: 1), timeout: 20)
        return try runner.run([example])[0]
    }
}
