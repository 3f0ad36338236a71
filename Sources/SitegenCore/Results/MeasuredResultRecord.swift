/// One example's result in full, in `measured[].results`: the example as the content declared it,
/// the interpreter, the shown run's capture, every measured run and what Measure made of them.
struct MeasuredResultRecord: Codable, Sendable, Hashable {
    var example: ExampleSource
    var interpreter: MeasuredEnvironmentRecord.InterpreterRecord
    var capture: Capture
    var lines: [Line]
    var terminal: String
    var runs: [MeasuredRunRecord]
    var warmupRuns: Int
    var stats: MeasuredStatsRecord?
    var warnings: [MeasuredWarningRecord]
    var events: [Event]
    var unattributedReason: String?
    var trace: MeasuredTraceRecord?
    var group: Group?
    var provenance: Provenance?
    var environment: String?

    /// The fence: what ran, and how it was asked to run.
    struct ExampleSource: Codable, Sendable, Hashable {
        var id: String
        var page: String
        var language: String
        var code: String
        var location: Location
        var timeout: Double
        var parameters: [String: String]
        var expectation: Expectation
        var runs: Int?
        var warmup: Int?
        /// The support files it was measured with; absent when it brings none (`merge` checks
        /// them against today's content).
        var files: [SupportFileRecord]? = nil
    }

    struct Location: Codable, Sendable, Hashable {
        var file: String
        var line: Int
    }

    /// The declared outcome: exactly one key is present (`{"success": {}}`,
    /// `{"exit": {"code": 1}}`, `{"signal": {"_0": 9}}`, `{"timeout": {}}`, `{"anything": {}}`).
    struct Expectation: Codable, Sendable, Hashable {
        var success: Empty?
        var exit: Code?
        var signal: Unnamed?
        var timeout: Empty?
        var anything: Empty?
    }

    /// How the shown run ended: exactly one key is present.
    struct Outcome: Codable, Sendable, Hashable {
        var exited: Code?
        var signaled: Signal?
        var timedOut: Empty?
    }

    struct Empty: Codable, Sendable, Hashable {}
    struct Code: Codable, Sendable, Hashable { public var code: Int32 }
    struct Signal: Codable, Sendable, Hashable { public var signal: Int32 }
    struct Unnamed: Codable, Sendable, Hashable { public var _0: Int32 }

    /// The shown run as the executor saw it.
    struct Capture: Codable, Sendable, Hashable {
        var outcome: Outcome
        var wallSeconds: Double
        var userSeconds: Double
        var systemSeconds: Double
        var maxRSSBytes: Int
        var chunks: [Chunk]
        var truncated: Bool
        var totalBytes: Int
        var captureLimit: Int
        var survivors: [Survivor]
        var spawnedAt: UInt64
        var involuntarySwitches: Int?
    }

    /// Bytes from one stream in one read: `text` when UTF-8, else `base64`.
    struct Chunk: Codable, Sendable, Hashable {
        var t: Double
        var s: String
        var text: String?
        var base64: String?
    }

    struct Survivor: Codable, Sendable, Hashable {
        var pid: Int32
        var parentPID: Int32
        var command: String
        var isRoot: Bool
    }

    struct Line: Codable, Sendable, Hashable {
        var time: Double
        var stream: String
        var text: String
        var owner: Owner?
    }

    struct Owner: Codable, Sendable, Hashable {
        var pid: Int32
        var tid: Int32
        var thread: String
        var process: String
    }

    struct Event: Codable, Sendable, Hashable {
        var kind: String
        var time: Double
        var pid: Int32
        var tid: Int32?
        var name: String
        var method: String?
        var exitCode: Int?
    }

    struct Group: Codable, Sendable, Hashable {
        var members: [String]
        var rounds: Int
        var minimumRounds: Int
        var stop: String
        var reason: String
        var budgetSeconds: Double
        var spentSeconds: Double
    }

    struct Provenance: Codable, Sendable, Hashable {
        var measuredAt: String
        var hostname: String
    }
}
