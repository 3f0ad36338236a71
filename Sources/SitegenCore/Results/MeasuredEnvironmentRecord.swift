/// One environment of `measured` (written by `sitegen measure` only): everything `sitegen merge`
/// needs to render its pages, as the file spells it.
public struct MeasuredEnvironmentRecord: Codable, Sendable, Hashable {
    public var spec: SpecRecord
    /// Language → the interpreter it resolved to in this environment.
    public var interpreters: [String: InterpreterRecord]
    public var machine: MachineRecord
    public var results: [MeasuredResultRecord]

    /// The environment as `sitegen.yml` declared it.
    public struct SpecRecord: Codable, Sendable, Hashable {
        public var id: String
        public var label: String
        public var interpreters: [String: String]
        public var variables: [String: String]
        public var cpus: CPUSetRecord?
        public var scale: [String: String]
        public var examples: [String]?
        /// Per language, the commands tried in order (empty when each names one).
        public var candidates: [String: [String]]
        /// `optional: true` in `sitegen.yml`.
        public var optional: Bool
    }

    public struct CPUSetRecord: Codable, Sendable, Hashable {
        public var cpus: [Int]
    }

    /// How a language's examples were run.
    public struct InterpreterRecord: Codable, Sendable, Hashable {
        public var language: String
        public var path: String
        public var version: String
        public var implementation: String
        public var arguments: [String]
        public var sourceFileName: String
        public var compiler: String?
        public var compilerArguments: [String]
        public var command: [String]?
        public var compileCommand: [String]?
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
