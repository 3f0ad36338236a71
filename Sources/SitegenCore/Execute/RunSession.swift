import Foundation

/// What one `ExampleRunner.run` shares between examples: the scratch folder, the side channel,
/// the interpreters resolved so far and the programs compiled so far.
final class RunSession {
    let scratch: Scratch
    let channel: TraceChannel?
    let resolver: InterpreterResolver
    private(set) var interpreters: [String: Interpreter]
    /// The start-up runs placed between the examples' runs (nil: none to measure).
    var startup: StartupProbe?
    /// Source → compiled program, shared by a sweep's configurations.
    private var programs: [String: String] = [:]

    init(resolver: InterpreterResolver, interpreters: [String: Interpreter], tracing: Bool) throws {
        self.resolver = resolver
        self.interpreters = interpreters
        scratch = try Scratch.make()
        channel = tracing ? try TraceChannel(scratch: scratch.path) : nil
    }

    /// An example ready to run, or the result of its failed compilation.
    enum Prepared {
        case ready(Interpreter, program: String?)
        case failed(ExampleResult)
    }

    /// Resolves the example's interpreter (when the plan has none) and compiles it when its
    /// language needs that.
    func prepare(_ plan: RunPlan, label: String, runner: ExampleRunner) throws -> Prepared {
        let example = plan.example
        let interpreter =
            try plan.interpreter ?? interpreters[example.language]
            ?? resolver.resolve(example.language, for: example.location)
        interpreters[example.language] = interpreter
        if let program = programs[example.code] { return .ready(interpreter, program: program) }
        switch try ProgramBuilder.build(
            example, with: interpreter, in: scratch, executor: runner.executor,
            environment: runner.environment)
        {
        case .interpreted:
            return .ready(interpreter, program: nil)
        case .compiled(let path):
            runner.progress("\(label): compiled with \(interpreter.compiler!) -O (not timed)")
            programs[example.code] = path
            return .ready(interpreter, program: path)
        case .failed(let capture):
            runner.progress("\(label): compilation \(capture.outcome.summary)")
            return .failed(
                ExampleResult(
                    example: example, interpreter: interpreter, capture: capture,
                    environment: plan.environment, provenance: runner.provenance))
        }
    }
}

extension MeasurementGroup {
    /// A step of the Execute stage: an example alone, or a group measured together.
    enum Unit {
        case alone(Example)
        case group(MeasurementGroup, [Example])
    }

    /// The examples in site order, each group at the place of its first member to run.
    static func units(_ examples: [Example], groups: [MeasurementGroup]) -> [Unit] {
        var groupOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for id in group.ids { groupOf[id] = index }
        }
        var members: [Int: [Example]] = [:]
        for example in examples {
            if let index = groupOf[example.id] { members[index, default: []].append(example) }
        }
        var units: [Unit] = []
        var started: Set<Int> = []
        for example in examples {
            guard let index = groupOf[example.id], let group = members[index], group.count >= 2
            else {
                units.append(.alone(example))
                continue
            }
            if started.insert(index).inserted {
                // In the group's order (its first id is the reference), not the site's.
                let ordered = groups[index].ids.compactMap { id in group.first { $0.id == id } }
                units.append(.group(groups[index], ordered))
            }
        }
        return units
    }
}
