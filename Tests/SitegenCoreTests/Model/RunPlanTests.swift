import Testing

@testable import SitegenCore

@Suite struct RunPlanTests {
    static func example(runs: Int?, warmup: Int?) -> Example {
        Example(
            id: "a", page: "p.html", language: "python", code: "print(1)\n",
            location: SourceLocation(file: "p.md", line: 3), timeout: 5, runs: runs,
            warmup: warmup)
    }

    @Test func theFenceWinsOverTheBuildsDefaults() {
        var options = BuildOptions(runs: 5, warmup: 1)
        options.sampling = false
        let plan = RunPlan(Self.example(runs: 10, warmup: nil), options.runDefaults)
        #expect(plan.runs == 10 && plan.warmup == 1 && !plan.sampling && plan.instrumented)
    }

    /// The cache key and the runner read the same plan.
    @Test func cacheKeyAndRunnerAgree() {
        let options = BuildOptions(runs: 3, warmup: 2)
        let example = Self.example(runs: nil, warmup: 0)
        let identity = ExampleIdentity(example, options: options)
        var runner = ExampleRunner(
            executor: ScriptedExecutor { _ in fatalError() }, environment: [:])
        runner.runs = options.runs
        runner.warmup = options.warmup
        let plan = RunPlan(example, runner.defaults)
        #expect(identity.runs == plan.runs && identity.warmup == plan.warmup)
        #expect(plan.runs == 3 && plan.warmup == 0)
    }
}
