import Foundation

/// Measures a group of compared examples together: the warm-ups of each first, then rounds of
/// one run of each example, in an order shuffled anew every round (seeded, so a build's order is
/// reproducible), never two runs at once. Drift the examples share (a neighbour's load, the
/// CPU's clock) then falls on all of them within a round and cancels in per-round ratios; a
/// fixed order would give the one measured first a systematic edge.
///
/// After the minimum rounds (the largest `runs` of the members), rounds are added while the
/// decider finds something within the noise, until it is decided or the group's budget would be
/// overspent by another round. Every member's result carries the same `GroupReport`.
struct RoundScheduler {
    let runner: ExampleRunner
    let session: RunSession
    let labels: [String: RunLabel]
    /// Rounds beyond which nothing is added, whatever the budget (a guard, not a target).
    static let roundLimit = 200
    /// The default budget: this many times what the warm-ups and the minimum rounds took ("near
    /// today's build time": adaptive rounds add at most a fifth to a group that stays undecided).
    static let defaultBudgetFactor = 1.2

    private struct Member {
        var plan: RunPlan
        var example: Example { plan.example }
        var interpreter: Interpreter
        var program: String?
        var label: RunLabel
        var warmup: Int { plan.warmup }
        var measured: [RunMeasurement] = []
        var last: ExampleRun?
        var failed = false
    }

    func run(_ group: MeasurementGroup, _ plans: [RunPlan]) throws -> [ExampleResult] {
        let started = SuspendingClock.now  // CLOCK_MONOTONIC, like the runs' own wall time
        var done: [ExampleResult] = []
        var members: [Member] = []
        let names = plans.map(\.example.id).joined(separator: ", ")
        for plan in plans {
            let example = plan.example
            let label = labels[example.id] ?? RunLabel(index: 0, count: 0, id: example.id)
            runner.progress("\(label): running (\(example.location)), in rounds with \(names)")
            switch try session.prepare(plan, label: label.description, runner: runner) {
            case .failed(let result): done.append(result)
            case .ready(let interpreter, let program):
                members.append(
                    Member(plan: plan, interpreter: interpreter, program: program, label: label))
            }
        }
        for member in members {
            runner.events(
                .exampleStarted(
                    index: member.label.index, count: member.label.count, id: member.example.id,
                    location: member.example.location,
                    runs: member.plan.totalRuns))
        }
        for index in members.indices {
            for number in 0..<members[index].warmup {
                runner.progress(
                    "\(members[index].label): warm-up \(number + 1)/\(members[index].warmup)")
                let run = try once(members[index])
                members[index].last = run
                if !run.capture.outcome.succeeded {
                    members[index].failed = true
                    break
                }
            }
        }
        let minimum = plans.map(\.runs).max() ?? 0
        var random = SplitMix64(seed: Intervals.seed)
        var round = 0
        var budget = group.budget ?? runner.budget
        var stop = GroupReport.Stop.minimum
        var undecided: [String] = []
        while members.contains(where: { !$0.failed }) {
            round += 1
            let order = members.indices.filter { !members[$0].failed }.shuffled(using: &random)
            for index in order {
                let run = try once(members[index])
                members[index].measured.append(run.measurement(round: round))
                runner.progress(
                    "\(members[index].label): round \(round) "
                        + String(format: "%.3f s wall", run.capture.wallSeconds))
                if !run.capture.outcome.succeeded { members[index].failed = true }
                members[index].last = run
            }
            // Ctrl-C: no more rounds (the build reports the interruption).
            if ProcessGroupRegistry.shared.isCancelled { break }
            // A failed member leaves the rounds (its failed run is shown); the others go on.
            if members.allSatisfy(\.failed) {
                stop = .failed
                break
            }
            guard round >= minimum else { continue }
            let spent = seconds(since: started)
            if budget == nil { budget = spent * Self.defaultBudgetFactor }
            guard let decider = runner.decider else { break }
            undecided = decider.undecided(
                group,
                runs: Dictionary(uniqueKeysWithValues: members.map { ($0.example.id, $0.measured) })
            )
            if undecided.isEmpty {
                stop = round == minimum ? .minimum : .decided
                break
            }
            if round >= Self.roundLimit {
                stop = .limit
                break
            }
            // Stop when one more round (at the mean round's length) would overspend the budget.
            let perRound = spent / Double(round)
            if spent + perRound > budget! {
                stop = .budget
                break
            }
        }
        let spent = seconds(since: started)
        let report = GroupReport(
            members: members.map(\.example.id), rounds: round, minimumRounds: minimum, stop: stop,
            reason: Self.reason(
                stop, rounds: round, minimum: minimum, budget: budget ?? spent,
                undecided: undecided, decider: runner.decider != nil)
                + Self.leavers(members.filter(\.failed).map(\.example.id)),
            budgetSeconds: budget ?? spent, spentSeconds: spent)
        runner.progress("group \(names): \(report.reason)")
        for member in members {
            done.append(
                runner.finish(
                    member.plan, interpreter: member.interpreter, shown: member.last!,
                    measured: member.measured, label: member.label.description, group: report))
        }
        return done
    }

    private func once(_ member: Member) throws -> ExampleRun {
        let run = try runner.runOnce(
            member.plan, with: member.interpreter, program: member.program,
            in: session.scratch, channel: session.channel)
        try session.startup?.tick(runner, session)
        runner.events(
            .runFinished(
                index: member.label.index, id: member.example.id,
                seconds: run.capture.wallSeconds))
        return run
    }

    private func seconds(since start: SuspendingClock.Instant) -> Double {
        let elapsed = SuspendingClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// "; threads-demo failed and left the rounds", or "" when none failed.
    static func leavers(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "" }
        return "; \(ids.joined(separator: ", ")) failed and left the rounds"
    }

    /// "decided after 14 rounds", "budget of 60 s spent after 18 rounds: still within the noise: …".
    static func reason(
        _ stop: GroupReport.Stop, rounds: Int, minimum: Int, budget: Double, undecided: [String],
        decider: Bool
    ) -> String {
        let plural = rounds == 1 ? "round" : "rounds"
        switch stop {
        case .decided: return "decided after \(rounds) \(plural)"
        case .minimum:
            return decider
                ? "decided after the minimum \(rounds) \(plural)"
                : "\(rounds) \(plural) (adaptive rounds off)"
        case .failed: return "stopped after \(rounds) \(plural): every example failed"
        case .limit:
            return "stopped at the limit of \(rounds) rounds: still within the noise: "
                + undecided.joined(separator: "; ")
        case .budget:
            return
                "budget of \(String(format: budget < 10 ? "%.1f" : "%.0f", budget)) s spent after \(rounds) \(plural): still within the noise: "
                + undecided.joined(separator: "; ")
        }
    }
}
