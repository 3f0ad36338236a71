@testable import SitegenCore

/// A measured `ExampleResult` made by hand: given wall times, output lines and peak memory.
enum MeasuredResult {
    static func make(
        _ id: String, walls: [Double], lines: [String] = [], parameters: [String: String] = [:],
        peakBytes: Int = 10 << 20, page: String = "experiments.html", line: Int = 3,
        file: String = "experiments.md",
        outcome: RunOutcome = .exited(code: 0)
    ) -> ExampleResult {
        let example = Example(
            id: id, page: page, language: "python", code: "print(1)\n",
            location: SourceLocation(file: file, line: line), timeout: 5,
            parameters: parameters)
        let interpreter = Interpreter(
            language: "python", path: "/usr/bin/python3", version: "3.11.2",
            implementation: "CPython", arguments: ["-u"], sourceFileName: "example.py")
        let shown = lines.enumerated().map {
            (Double($0.offset + 1) / 100, OutputStream.stdout, $0.element)
        }
        var result = ExampleResult(
            example: example, interpreter: interpreter,
            capture: ScriptedExecutor.capture(lines: shown, wall: walls.last ?? 0, outcome: outcome)
        )
        result = result.with(
            runs: walls.map {
                RunMeasurement(
                    wallSeconds: $0, userSeconds: $0 / 2, systemSeconds: 0, peakRSSBytes: peakBytes,
                    treeSampled: true)
            })
        return result
    }
}
