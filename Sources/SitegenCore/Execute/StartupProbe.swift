import Foundation

/// Measures each interpreted language's start-up in an environment: an empty program run like
/// its examples (`ExampleRunner.runOnce`: the same command, flags, variables and side channel),
/// one run at a time **between the examples' runs**, spread evenly over them (one every
/// `stride` example runs), so that it sees the machine the examples saw: a build that slows down
/// halfway slows the start-up's runs alike. What is left of its `runs` after the last example
/// run is made then. Compiled languages have no interpreter to start and are not probed.
final class StartupProbe {
    /// Measured runs: enough for the median's distribution-free 95 % interval to be narrower
    /// than [min, max] (it needs 6; 20 gives [x(6), x(15)], Conover §3.2).
    static let runs = 20
    static let warmup = 1
    /// Prefix of the probe's example id (never shown; the scratch folder's name).
    static let idPrefix = "sitegen-startup-"

    /// The empty program of `language` in `environment`, as a run plan.
    static func plan(
        language: String, settings: RunSettings, environment: EnvironmentSpec
    ) -> RunPlan {
        let example = Example(
            id: idPrefix + language, page: "", language: language, code: "",
            location: SourceLocation(file: SiteConfiguration.fileName, line: 1), timeout: 30,
            runs: runs, warmup: warmup)
        return RunPlan(example, settings, environment: environment)
    }

    /// True for an interpreter whose examples start it anew each run (no compiled program).
    static func probes(_ interpreter: Interpreter) -> Bool {
        interpreter.compiler == nil && interpreter.compileCommand == nil
    }

    private struct Member {
        var plan: RunPlan
        var interpreter: Interpreter
        var warmed = false
        var measured: [RunMeasurement] = []
        var last: ExampleRun?
        var failed = false
    }

    private var members: [Member]
    private let stride: Int
    private var ticks = 0

    /// `plans`: resolved start-up plans; `exampleRuns`: the runs the examples will do (warm-ups
    /// included; adaptive rounds may add some, which then run without a probe between them).
    init(plans: [RunPlan], exampleRuns: Int) {
        members = plans.compactMap { plan in
            plan.interpreter.map { Member(plan: plan, interpreter: $0) }
        }
        stride = max(1, exampleRuns / Self.runs)
    }

    var isEmpty: Bool { members.isEmpty }

    /// After each example run: every `stride` runs, one run of each language's empty program.
    func tick(_ runner: ExampleRunner, _ session: RunSession) throws {
        ticks += 1
        guard ticks % stride == 0 else { return }
        for index in members.indices where members[index].measured.count < Self.runs {
            try once(index, runner, session)
        }
    }

    /// The runs still missing, then each language's result (measured now).
    func finish(_ runner: ExampleRunner, _ session: RunSession) throws -> [ExampleResult] {
        for index in members.indices {
            while !members[index].failed, members[index].measured.count < Self.runs {
                try once(index, runner, session)
            }
        }
        return members.compactMap { member in
            guard let last = member.last else { return nil }
            let result = ExampleResult(
                example: member.plan.example, interpreter: member.interpreter,
                capture: last.capture, environment: member.plan.environment,
                provenance: runner.provenance, runs: member.measured, warmupRuns: Self.warmup,
                trace: nil, attribution: nil, group: nil)
            runner.progress(
                "start-up of \(member.plan.example.language) (an empty program, between the examples' runs): "
                    + (last.capture.outcome.succeeded
                        ? String(
                            format: "median %.1f ms of %d runs",
                            result.stats.wall.median * 1000, member.measured.count)
                        : last.capture.outcome.summary))
            return result
        }
    }

    private func once(_ index: Int, _ runner: ExampleRunner, _ session: RunSession) throws {
        guard !members[index].failed else { return }
        let member = members[index]
        if !member.warmed {
            members[index].warmed = true
            for _ in 0..<Self.warmup {
                let run = try runner.runOnce(
                    member.plan, with: member.interpreter, program: nil, in: session.scratch,
                    channel: session.channel)
                members[index].last = run
                guard run.capture.outcome.succeeded else {
                    members[index].failed = true
                    return
                }
            }
        }
        let run = try runner.runOnce(
            member.plan, with: member.interpreter, program: nil, in: session.scratch,
            channel: session.channel)
        members[index].last = run
        members[index].measured.append(run.measurement())
        if !run.capture.outcome.succeeded { members[index].failed = true }
    }
}
