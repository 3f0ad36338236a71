import Testing

@testable import SitegenCore

@Suite struct RunAnalyzerTests {
    private func runs(_ walls: [Double]) -> [RunMeasurement] {
        walls.map {
            RunMeasurement(
                wallSeconds: $0, userSeconds: $0 / 2, systemSeconds: 0, peakRSSBytes: 1000,
                treeSampled: true)
        }
    }

    private let quiet = RunAnalyzer.Context(loadAverage: 0.1, coresAvailable: 2)

    @Test func steadyRunsGiveNoWarnings() {
        #expect(
            RunAnalyzer.warnings(
                runs: runs([1.00, 1.01, 0.99, 1.00, 1.02]), trace: nil, context: quiet) == [])
    }

    @Test func slowFirstRun() {
        // others' median 1.005; 2.0 / 1.005 = 1.99
        let warnings = RunAnalyzer.warnings(
            runs: runs([2.0, 1.0, 1.01, 1.0, 1.02]), trace: nil, context: quiet)
        guard case .slowFirstRun(let ratio) = warnings.first else {
            Issue.record("\(warnings)")
            return
        }
        #expect(abs(ratio - 2.0 / 1.005) < 1e-9)
        #expect(
            warnings.contains(
                .unstable(
                    fraction: Statistics.standardDeviation([2.0, 1.0, 1.01, 1.0, 1.02]) / 1.206)))
    }

    @Test func aFirstRunWithinTheMarginIsNoColdCache() {
        // Two `sleep 0.4` examples: MADs of microseconds made 0.4016 s a z-score "outlier".
        #expect(
            RunAnalyzer.warnings(
                runs: runs([0.4016, 0.4001, 0.4002, 0.4001, 0.4003]), trace: nil, context: quiet)
                == [])
        let slow = RunAnalyzer.warnings(
            runs: runs([0.46, 0.4001, 0.4002, 0.4001, 0.4003]), trace: nil, context: quiet)
        #expect(slow.first?.kind == "slow_first_run")
        #expect(
            slow.first?.text
                == "The first measured run took 1.15× the median of the others (sitegen warns from 1.10×)."
        )
    }

    @Test func outlierLaterOnShortAndBusy() {
        let warnings = RunAnalyzer.warnings(
            runs: runs([0.001, 0.0012, 0.001, 0.0011, 0.004]), trace: nil,
            context: RunAnalyzer.Context(loadAverage: 1.8, coresAvailable: 2))
        #expect(warnings.map(\.kind) == ["outliers", "unstable", "too_short", "busy_machine"])
        #expect(warnings[0] == .outliers(count: 1, runs: 5))
    }

    @Test func fewerCoresThanBusyProcesses() {
        let trace = TreeTrace(
            samples: [
                .init(time: 0, cores: 0, rssBytes: 1, processes: 1),
                .init(time: 0.01, cores: 2.0, rssBytes: 3, processes: 4, busyProcesses: 3),
            ], processes: [], cpuSeconds: 0.02)
        let warnings = RunAnalyzer.warnings(runs: runs([1, 1, 1]), trace: trace, context: quiet)
        #expect(warnings == [.fewerCores(available: 2, processes: 3)])
        #expect(!warnings[0].hint.isEmpty)
    }

    @Test func statsOverRuns() {
        let result = RunAnalyzer.analyze(
            {
                var result = ExampleResult(
                    example: Example(
                        id: "x", page: "p.html", language: "sh", code: "",
                        location: .init(file: "p.md", line: 1),
                        timeout: 1),
                    interpreter: Interpreter(
                        language: "sh", path: "/bin/sh", version: "", implementation: "sh",
                        arguments: [], sourceFileName: "x.sh"),
                    capture: ScriptedExecutor.capture(lines: [], wall: 1))
                result = result.with(runs: runs([0.3, 0.1, 0.2]))
                return result
            }(), context: quiet)
        #expect(result.stats.wall.median == 0.2)
        #expect(result.stats.user.max == 0.15)
        #expect(result.stats.cpuUtilization.mean == 0.5)
        #expect(result.stats.runs == 3)
    }
}
