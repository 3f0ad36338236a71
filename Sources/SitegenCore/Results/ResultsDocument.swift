// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
import Foundation

/// `results.json`, the product's data contract: records of its own (this folder), mapped from the
/// model, so renaming a Swift property cannot change the file. Field by field in
/// `docs/results-json.md`, as a JSON Schema in `docs/results.schema.json`.
struct ResultsDocument: Codable, Sendable {
    /// The version this sitegen writes.
    static let schema = 4
    /// The versions `sitegen merge` reads (a reader checks `schema` before anything else).
    static let readableSchemas = [4]

    var schema: Int
    var generator: String
    var machine: MachineRecord
    var examples: [ExampleRecord]
    /// Every claim of the document with its verdict on this machine (schema 3).
    var claims: [ClaimRecord]
    /// The environments the examples ran in, in `sitegen.yml`'s order (schema 4).
    var environments: [EnvironmentRecord]
    /// Written by `sitegen measure` only: every environment's results in full, for
    /// `sitegen merge` (absent from a built site's `results.json`).
    var measured: [MeasuredEnvironmentRecord]?

    /// One environment: how examples ran there and the machine card as seen from it.
    struct EnvironmentRecord: Codable, Sendable {
        var id: String
        var label: String
        var machine: MachineRecord
        /// Language → "version (implementation)" of the interpreter it resolved to there.
        var interpreters: [String: String]
        /// The CPU set its examples were pinned to; null when not pinned.
        var cpus: String?
        /// Its extra environment variables and scale parameters.
        var env: [String: String]
        var scale: [String: String]

        init(_ run: EnvironmentRun) {
            let spec = run.environment.spec
            id = spec.id
            label = spec.label
            machine = MachineRecord(run.machine)
            interpreters = run.environment.interpreters.mapValues {
                $0.version.isEmpty ? $0.implementation : "\($0.version) (\($0.implementation))"
            }
            cpus = spec.cpus?.description
            env = spec.variables
            scale = spec.scale
        }
    }

    struct ExampleRecord: Codable, Sendable {
        var id: String
        var page: String
        var source: String
        var language: String
        var outcome: Outcome
        var wall_s: Double
        var user_s: Double
        var sys_s: Double
        var truncated: Bool
        var lines: [Line]
        /// The outcome the fence declared (`expect=…`, `allow-error`); "" for success.
        var expect: String
        /// True when the outcome is the declared one (a false fails the build).
        var expected: Bool
        /// Bytes read from both pipes; more than the kept bytes when `truncated`.
        var output_bytes: Int
        /// Pids still running when a timeout killed the tree.
        var killed_pids: [Int32]
        var runs: [Run]
        var stats: Stats?
        var warnings: [Warning]
        var events: [Event]
        var cpu_trace: [TraceSample]
        var tree: Tree?
        /// This configuration's `params=` values; empty when the block has none (schema 3).
        var parameters: [String: String]
        /// The id of the environment it ran in (schema 4).
        var environment: String
        /// The group it was measured with in interleaved rounds; absent when measured alone
        /// (schema 4).
        var measurement_group: Group?
        /// The support files copied into its working folder; absent when it brings none.
        var files: [SupportFileRecord]? = nil
    }

    struct Outcome: Codable, Sendable {
        var kind: String
        var code: Int32?
        var signal: Int32?
    }

    struct Line: Codable, Sendable {
        var t_s: Double
        var stream: String
        var text: String
        /// Who printed the line; null when only the stream is known.
        var pid: Int32?
        var tid: Int32?
        var thread: String?
        var process: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(t_s, forKey: .t_s)
            try container.encode(stream, forKey: .stream)
            try container.encode(text, forKey: .text)
            try container.encode(pid, forKey: .pid)
            try container.encode(tid, forKey: .tid)
            try container.encode(thread, forKey: .thread)
            try container.encode(process, forKey: .process)
        }
    }

    /// `environments`: every environment's run, the first one's results being `results`; empty
    /// for a site without `sitegen.yml` (one default environment). `measured`: every result in
    /// full under `measured`, as `sitegen measure` writes it.
    static func encode(
        results: [ExampleResult], machine: MachineInfo, generator: String, claims: [Claim] = [],
        environments: [EnvironmentRun] = [], measured: Bool = false
    ) throws -> [UInt8] {
        let runs =
            environments.isEmpty
            ? [
                EnvironmentRun(
                    environment: BuildEnvironment(
                        spec: .default,
                        interpreters: Dictionary(
                            results.map { ($0.interpreter.language, $0.interpreter) }
                        ) { first, _ in first }),
                    machine: machine, results: results)
            ] : environments
        let document = ResultsDocument(
            schema: schema, generator: generator, machine: MachineRecord(machine),
            examples: runs.flatMap { $0.results.map(record) }, claims: claims.map(ClaimRecord.init),
            environments: runs.map(EnvironmentRecord.init),
            measured: measured ? runs.map(MeasuredEnvironmentRecord.init) : nil)
        return Array(try encoder.encode(document)) + [0x0A]
    }

    /// One example's record alone, as in `results.json` (the page's raw-capture download).
    static func encode(record: ExampleRecord) throws -> [UInt8] {
        Array(try encoder.encode(record)) + [0x0A]
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func record(_ result: ExampleResult) -> ExampleRecord {
        let outcome: Outcome
        switch result.capture.outcome {
        case .exited(let code): outcome = Outcome(kind: "exited", code: code, signal: nil)
        case .signaled(let signal): outcome = Outcome(kind: "signaled", code: nil, signal: signal)
        case .timedOut: outcome = Outcome(kind: "timedOut", code: nil, signal: nil)
        }
        return ExampleRecord(
            id: result.example.id, page: result.example.page,
            source: result.example.location.description, language: result.example.language,
            outcome: outcome, wall_s: result.capture.wallSeconds,
            user_s: result.capture.userSeconds,
            sys_s: result.capture.systemSeconds, truncated: result.capture.truncated,
            lines: result.lines.map(line),
            expect: result.example.expectation.attribute, expected: result.isExpected,
            output_bytes: result.capture.totalBytes,
            killed_pids: result.capture.survivors.map(\.pid),
            runs: result.runs.map(Run.init),
            stats: result.stats.runs > 0 ? Stats(result.stats) : nil,
            warnings: result.warnings.map(Warning.init),
            events: result.events.map(Event.init),
            cpu_trace: result.trace?.samples.map(TraceSample.init) ?? [],
            tree: result.trace.map(Tree.init), parameters: result.example.parameters,
            environment: result.environment ?? EnvironmentSpec.default.id,
            measurement_group: result.group.map(Group.init),
            files: SupportFileRecord.of(result.example.files))
    }
}
