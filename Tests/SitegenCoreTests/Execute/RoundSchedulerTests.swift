import Foundation
import Synchronization
import Testing

@testable import SitegenCore

/// Interleaved rounds and adaptive runs, with a scripted executor: no process is spawned.
@Suite struct RoundSchedulerTests {
    /// Requests in the order they were run, by the example's code ("a", "b", "c").
    final class Log: Sendable {
        let order = Mutex<[String]>([])
        var all: [String] { order.withLock { $0 } }
    }

    static let interpreter = Interpreter(
        language: "sh", path: "/bin/sh", version: "", implementation: "sh", arguments: [],
        sourceFileName: "example.sh")

    static func example(_ id: String, runs: Int = 4, warmup: Int = 1) -> Example {
        Example(
            id: id, page: "p.html", language: "sh", code: id + "\n",
            location: SourceLocation(file: "p.md", line: 1), timeout: 5, runs: runs,
            warmup: warmup)
    }

    /// A runner whose example `x` takes `walls[x]` seconds (scripted, instantly), after
    /// `delay` real seconds.
    static func runner(_ log: Log, walls: [String: Double], delay: Double = 0) -> ExampleRunner {
        let executor = ScriptedExecutor { request in
            let code = (try? String(contentsOfFile: request.arguments.last!, encoding: .utf8)) ?? ""
            let id = code.trimmingCharacters(in: .whitespacesAndNewlines)
            log.order.withLock { $0.append(id) }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            return ScriptedExecutor.capture(lines: [], wall: walls[id] ?? 1)
        }
        return ExampleRunner(executor: executor, environment: [:])
    }

    /// Plans of `examples`, uninstrumented, with the shell resolved; `groups` run in rounds.
    static func plans(_ examples: [Example], groups: [MeasurementGroup] = []) -> [RunPlan] {
        RunPlan.plans(
            examples, RunSettings(instrumented: false), groups: groups, interpreter: interpreter)
    }

    @Test func groupRunsWarmUpsFirstThenOneRunOfEachPerRoundInChangingOrder() throws {
        let log = Log()
        let runner = Self.runner(log, walls: ["a": 1, "b": 0.5, "c": 0.7, "solo": 0.1])
        let examples = ["a", "solo", "b", "c"].map { Self.example($0, runs: $0 == "c" ? 6 : 4) }
        let results = try runner.run(
            Self.plans(examples, groups: [MeasurementGroup(ids: ["a", "b", "c"])]))
        #expect(results.map(\.example.id) == ["a", "solo", "b", "c"])  // site order kept
        let order = log.all
        // The group runs where its first member stands: warm-ups of a, b, c, then 6 rounds
        // (the largest runs= of the members), then the example in no group.
        #expect(Array(order.prefix(3)) == ["a", "b", "c"])
        let rounds = Array(order.dropFirst(3).prefix(18))
        #expect(order.count == 3 + 18 + 5)
        #expect(Array(order.suffix(5)) == Array(repeating: "solo", count: 5))
        let perRound = stride(from: 0, to: 18, by: 3).map { Array(rounds[$0..<$0 + 3]) }
        #expect(perRound.allSatisfy { Set($0) == ["a", "b", "c"] })
        #expect(Set(perRound).count > 1)  // the order changes from round to round
        for result in results where result.example.id != "solo" {
            #expect(result.runs.map(\.round) == (1...6).map { Optional($0) })
            #expect(result.group?.rounds == 6)
            #expect(result.group?.stop == .minimum)
        }
        #expect(results[1].group == nil && results[1].runs.allSatisfy { $0.round == nil })
    }

    /// `--schedule blocks` plans no groups: each example runs as a block.
    @Test func plansWithoutAGroupRunAsBlocks() throws {
        let log = Log()
        let runner = Self.runner(log, walls: [:])
        _ = try runner.run(Self.plans([Self.example("a", runs: 2), Self.example("b", runs: 2)]))
        #expect(log.all == ["a", "a", "a", "b", "b", "b"])
    }

    /// Undecided until the given round.
    struct UntilRound: GroupDecider {
        var round: Int
        func undecided(_ group: MeasurementGroup, runs: [String: [RunMeasurement]]) -> [String] {
            (runs.values.first?.count ?? 0) >= round ? [] : ["a vs b 1.00× (95 % CI 0.90–1.10)"]
        }
    }

    @Test func adaptiveRoundsStopWhenDecided() throws {
        let log = Log()
        var runner = Self.runner(log, walls: [:])
        runner.decider = UntilRound(round: 7)
        let results = try runner.run(
            Self.plans(
                [Self.example("a"), Self.example("b")],
                groups: [MeasurementGroup(ids: ["a", "b"], budget: 600)]))
        #expect(results[0].runs.count == 7 && results[1].runs.count == 7)
        #expect(results[0].group?.stop == .decided)
        #expect(results[0].group?.reason == "decided after 7 rounds")
    }

    @Test func adaptiveRoundsStopWhenTheBudgetIsSpent() throws {
        let log = Log()
        // 10 ms per run, 2 runs per round: a 0.2 s budget holds about 9 rounds (+ warm-ups).
        var runner = Self.runner(log, walls: [:], delay: 0.01)
        runner.budget = 0.2
        runner.decider = UntilRound(round: 1000)
        let results = try runner.run(
            Self.plans(
                [Self.example("a"), Self.example("b")],
                groups: [MeasurementGroup(ids: ["a", "b"])]))
        let group = try #require(results[0].group)
        #expect(group.stop == .budget)
        #expect(group.rounds >= 4 && group.rounds < 12)
        #expect(group.spentSeconds <= 0.2 + 0.05)
        #expect(
            group.reason.hasPrefix(
                "budget of 0.2 s spent after \(group.rounds) rounds: still within the noise: a vs b"
            ))
    }

    @Test func failingMemberLeavesTheRoundsAndTheOthersGoOn() throws {
        let executor = ScriptedExecutor { request in
            let code = (try? String(contentsOfFile: request.arguments.last!, encoding: .utf8)) ?? ""
            return ScriptedExecutor.capture(
                lines: [], wall: 1,
                outcome: code.hasPrefix("b") ? .exited(code: 1) : .exited(code: 0))
        }
        let runner = ExampleRunner(executor: executor, environment: [:])
        let results = try runner.run(
            Self.plans(
                [Self.example("a", warmup: 0), Self.example("b", warmup: 0)],
                groups: [MeasurementGroup(ids: ["a", "b"])]))
        #expect(results[1].capture.outcome == .exited(code: 1))
        #expect(results[1].runs.count == 1)
        #expect(results[0].runs.count == 4)
        #expect(
            results[0].group?.reason
                == "4 rounds (adaptive rounds off); b failed and left the rounds")
    }
}

@Suite struct MeasurementGroupTests {
    static func example(_ id: String, parameters: [String: String] = [:]) -> Example {
        Example(
            id: parameters.isEmpty ? id : id + "@" + parameters.map { "\($0)=\($1)" }.joined(),
            page: "p.html", language: "sh", code: id,
            location: SourceLocation(file: "p.md", line: 1),
            timeout: 5, parameters: parameters)
    }

    @Test func listsSharingAnExampleMergeAndBaseIdsExpand() {
        let examples = [
            Self.example("x"), Self.example("y"), Self.example("s", parameters: ["workers": "1"]),
            Self.example("s", parameters: ["workers": "2"]), Self.example("z"), Self.example("w"),
        ]
        let groups = MeasurementGroup.groups(
            [
                .init(ids: ["x", "y"], budget: 30), .init(ids: ["s", "z"]),
                .init(ids: ["y", "z"], budget: 60), .init(ids: ["w"]),
            ], examples: examples)
        #expect(groups.count == 1)
        #expect(groups[0].ids == ["x", "y", "s@workers=1", "s@workers=2", "z"])
        #expect(groups[0].budget == 60)
    }

    @Test func unitsPlaceEachGroupAtItsFirstMember() {
        let examples = ["a", "b", "c", "d"].map { Self.example($0) }
        let units = MeasurementGroup.units(
            examples, groups: [MeasurementGroup(ids: ["c", "b"])])
        let described = units.map { unit -> String in
            switch unit {
            case .alone(let example): return example.id
            case .group(_, let members): return members.map(\.id).joined(separator: "+")
            }
        }
        #expect(described == ["a", "c+b", "d"])
    }
}

@Suite struct ComparisonDeciderTests {
    static func runs(_ walls: [Double]) -> [RunMeasurement] {
        walls.enumerated().map { index, wall in
            RunMeasurement(
                wallSeconds: wall, userSeconds: wall, systemSeconds: 0, peakRSSBytes: 0,
                treeSampled: false, round: index + 1)
        }
    }

    @Test func decidedWhenFasterBeyondTheNoiseOrEquallyFast() {
        let group = MeasurementGroup(ids: ["seq", "proc", "thr", "noisy"])
        let decider = ComparisonDecider()
        let undecided = decider.undecided(
            group,
            runs: [
                "seq": Self.runs([1.0, 1.2, 0.9, 1.1, 1.0, 1.3]),
                // Same drift, half the time: paired ratios all 2.
                "proc": Self.runs([0.5, 0.6, 0.45, 0.55, 0.5, 0.65]),
                // Within 1 % of sequential in every round: a tie, inside ±10 %.
                "thr": Self.runs([1.01, 1.19, 0.91, 1.1, 1.0, 1.31]),
                // Ratios 0.8 … 1.25 round to round: nothing can be said yet.
                "noisy": Self.runs([0.8, 1.5, 0.72, 1.375, 0.8, 1.625]),
            ])
        #expect(undecided.count == 1)
        #expect(undecided.first?.hasPrefix("noisy vs seq ") == true)
        #expect(
            ComparisonDecider.speedup(of: Self.runs([0.5, 0.6]), over: Self.runs([1, 1.2])).method
                == .pairedLogRatioT)
    }
}
