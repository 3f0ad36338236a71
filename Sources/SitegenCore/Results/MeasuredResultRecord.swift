/// One example's result in full, in `measured[].results`: the example as the content declared it,
/// the interpreter, the shown run's capture, every measured run and what Measure made of them.
public struct MeasuredResultRecord: Codable, Sendable, Hashable {
    public var example: ExampleSource
    public var interpreter: MeasuredEnvironmentRecord.InterpreterRecord
    public var capture: Capture
    public var lines: [Line]
    public var terminal: String
    public var runs: [MeasuredRunRecord]
    public var warmupRuns: Int
    public var stats: MeasuredStatsRecord?
    public var warnings: [MeasuredWarningRecord]
    public var events: [Event]
    public var unattributedReason: String?
    public var trace: MeasuredTraceRecord?
    public var group: Group?
    public var provenance: Provenance?
    public var environment: String?

    /// The fence: what ran, and how it was asked to run.
    public struct ExampleSource: Codable, Sendable, Hashable {
        public var id: String
        public var page: String
        public var language: String
        public var code: String
        public var location: Location
        public var timeout: Double
        public var parameters: [String: String]
        public var expectation: Expectation
        public var runs: Int?
        public var warmup: Int?
        /// The support files it was measured with; absent when it brings none (`merge` checks
        /// them against today's content).
        public var files: [SupportFileRecord]? = nil
    }

    public struct Location: Codable, Sendable, Hashable {
        public var file: String
        public var line: Int
    }

    /// The declared outcome: exactly one key is present (`{"success": {}}`,
    /// `{"exit": {"code": 1}}`, `{"signal": {"_0": 9}}`, `{"timeout": {}}`, `{"anything": {}}`).
    public struct Expectation: Codable, Sendable, Hashable {
        public var success: Empty?
        public var exit: Code?
        public var signal: Unnamed?
        public var timeout: Empty?
        public var anything: Empty?
    }

    /// How the shown run ended: exactly one key is present.
    public struct Outcome: Codable, Sendable, Hashable {
        public var exited: Code?
        public var signaled: Signal?
        public var timedOut: Empty?
    }

    public struct Empty: Codable, Sendable, Hashable {}
    public struct Code: Codable, Sendable, Hashable { public var code: Int32 }
    public struct Signal: Codable, Sendable, Hashable { public var signal: Int32 }
    public struct Unnamed: Codable, Sendable, Hashable { public var _0: Int32 }

    /// The shown run as the executor saw it.
    public struct Capture: Codable, Sendable, Hashable {
        public var outcome: Outcome
        public var wallSeconds: Double
        public var userSeconds: Double
        public var systemSeconds: Double
        public var maxRSSBytes: Int
        public var chunks: [Chunk]
        public var truncated: Bool
        public var totalBytes: Int
        public var captureLimit: Int
        public var survivors: [Survivor]
        public var spawnedAt: UInt64
        public var involuntarySwitches: Int?
    }

    /// Bytes from one stream in one read: `text` when UTF-8, else `base64`.
    public struct Chunk: Codable, Sendable, Hashable {
        public var t: Double
        public var s: String
        public var text: String?
        public var base64: String?
    }

    public struct Survivor: Codable, Sendable, Hashable {
        public var pid: Int32
        public var parentPID: Int32
        public var command: String
        public var isRoot: Bool
    }

    public struct Line: Codable, Sendable, Hashable {
        public var time: Double
        public var stream: String
        public var text: String
        public var owner: Owner?
    }

    public struct Owner: Codable, Sendable, Hashable {
        public var pid: Int32
        public var tid: Int32
        public var thread: String
        public var process: String
    }

    public struct Event: Codable, Sendable, Hashable {
        public var kind: String
        public var time: Double
        public var pid: Int32
        public var tid: Int32?
        public var name: String
        public var method: String?
        public var exitCode: Int?
    }

    public struct Group: Codable, Sendable, Hashable {
        public var members: [String]
        public var rounds: Int
        public var minimumRounds: Int
        public var stop: String
        public var reason: String
        public var budgetSeconds: Double
        public var spentSeconds: Double
    }

    public struct Provenance: Codable, Sendable, Hashable {
        public var measuredAt: String
        public var hostname: String
    }
}
