import Foundation

/// Everything a cached result depends on: the example's identity, the interpreter that ran it
/// and the machine. A result is reused only when the whole key is equal.
struct CacheKey: Sendable, Hashable, Codable {
    /// Bump when what a result holds, or how it is measured, changes: every entry then re-runs.
    /// 2: per-run RESULT numbers, PSS and median cores (issue 10); per-run rounds, cores busy,
    /// steal, involuntary switches and CPU frequency (issue 12). 3: both together. 4: each
    /// worker's running / waiting / blocked split per run (issue 18).
    static let formatVersion = 4

    var example: ExampleIdentity
    /// Resolved path, version and implementation (and compiler, for Swift).
    var interpreter: Interpreter
    var machine: MachineFingerprint
    /// The environment's variables, CPU set, scale and interpreter commands; nil (and absent from
    /// the file name's hash) for an environment that sets none.
    var environment: EnvironmentKey?

    init(
        example: ExampleIdentity, interpreter: Interpreter, machine: MachineFingerprint,
        environment: EnvironmentKey? = nil
    ) {
        self.example = example
        self.interpreter = interpreter
        self.machine = machine
        self.environment = environment
    }

    /// The key as canonical JSON (sorted keys): what the file name hashes.
    var canonicalJSON: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// `<16 hex digits>.json`.
    var fileName: String { FNV1a.hex(canonicalJSON) + ".json" }
}
