/// One environment of `measured` (written by `sitegen measure` only): everything `sitegen merge`
/// needs to render its pages, as the file spells it.
struct MeasuredEnvironmentRecord: Codable, Sendable, Hashable {
    var spec: SpecRecord
    /// Language → the interpreter it resolved to in this environment.
    var interpreters: [String: InterpreterRecord]
    var machine: MachineRecord
    var results: [MeasuredResultRecord]

    /// The environment as `sitegen.yml` declared it.
    struct SpecRecord: Codable, Sendable, Hashable {
        var id: String
        var label: String
        var interpreters: [String: String]
        var variables: [String: String]
        var cpus: CPUSetRecord?
        var scale: [String: String]
        var examples: [String]?
        /// Per language, the commands tried in order (empty when each names one).
        var candidates: [String: [String]]
        /// `optional: true` in `sitegen.yml`.
        var optional: Bool
    }

    struct CPUSetRecord: Codable, Sendable, Hashable {
        var cpus: [Int]
    }

    /// How a language's examples were run.
    struct InterpreterRecord: Codable, Sendable, Hashable {
        var language: String
        var path: String
        var version: String
        var implementation: String
        var arguments: [String]
        var sourceFileName: String
        var compiler: String?
        var compilerArguments: [String]
        var command: [String]?
        var compileCommand: [String]?
    }
}

extension MeasuredEnvironmentRecord {
    init(_ run: EnvironmentRun) {
        let spec = run.environment.spec
        self.spec = SpecRecord(
            id: spec.id, label: spec.label, interpreters: spec.interpreters,
            variables: spec.variables, cpus: spec.cpus.map { CPUSetRecord(cpus: $0.cpus) },
            scale: spec.scale, examples: spec.examples, candidates: spec.candidates,
            optional: spec.optional)
        interpreters = run.environment.interpreters.mapValues(InterpreterRecord.init)
        machine = MachineRecord(run.machine)
        results = run.results.map(MeasuredResultRecord.init)
    }

    /// The environment's run again, for `sitegen merge`.
    func model(in file: String) throws -> MeasuredEnvironment {
        var cpuSet: CPUSet?
        if let cpus = spec.cpus {
            cpuSet = CPUSet(cpus.cpus.map(String.init).joined(separator: ","))
            if cpuSet == nil {
                throw SitegenError(
                    .options, path: file,
                    "environment '\(spec.id)' has the CPU set \(cpus.cpus), which is not one",
                    hint: "pass the results.json that sitegen measure wrote")
            }
        }
        let declared = EnvironmentSpec(
            id: spec.id, label: spec.label, interpreters: spec.interpreters,
            variables: spec.variables, cpus: cpuSet, scale: spec.scale, examples: spec.examples,
            candidates: spec.candidates, optional: spec.optional)
        return MeasuredEnvironment(
            spec: declared,
            interpreters: interpreters.mapValues(\.model), machine: machine.model,
            results: try results.map { try $0.model(in: file) })
    }
}

extension MeasuredEnvironmentRecord.InterpreterRecord {
    init(_ interpreter: Interpreter) {
        language = interpreter.language
        path = interpreter.path
        version = interpreter.version
        implementation = interpreter.implementation
        arguments = interpreter.arguments
        sourceFileName = interpreter.sourceFileName
        compiler = interpreter.compiler
        compilerArguments = interpreter.compilerArguments
        command = interpreter.command
        compileCommand = interpreter.compileCommand
    }

    var model: Interpreter {
        var interpreter = Interpreter(
            language: language, path: path, version: version, implementation: implementation,
            arguments: arguments, sourceFileName: sourceFileName, compiler: compiler,
            compilerArguments: compilerArguments)
        interpreter.command = command
        interpreter.compileCommand = compileCommand
        return interpreter
    }
}
