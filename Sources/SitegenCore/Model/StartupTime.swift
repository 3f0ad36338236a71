/// An environment's interpreter start-up: the wall time of an empty program run like every
/// example of its language (same command, flags, variables and side channel), measured between
/// the examples' runs so that it saw the same machine (`Execute/StartupProbe.swift`).
struct StartupTime: Sendable, Hashable, Codable {
    let language: String
    /// The interpreter's resolved path.
    let interpreter: String
    /// Wall seconds of each measured run.
    let walls: [Double]
    /// When it was measured (UTC, ISO 8601), by this build or the one whose cache it came from.
    let measuredAt: String?

    init(
        language: String, interpreter: String, walls: [Double], measuredAt: String? = nil
    ) {
        self.language = language
        self.interpreter = interpreter
        self.walls = walls
        self.measuredAt = measuredAt
    }

    /// The median wall time of the empty program.
    var median: Double { Statistics.median(walls) }

    /// The median's distribution-free 95 % interval (`Intervals.median`).
    var interval: ConfidenceInterval { Intervals.median(walls) }
}

extension StartupTime {
    /// The start-up an empty program's result shows (`StartupProbe`).
    init(_ result: ExampleResult) {
        self.init(
            language: result.example.language, interpreter: result.interpreter.path,
            walls: result.runs.map(\.wallSeconds),
            measuredAt: result.provenance?.measuredAt)
    }

    /// The start-up of `result`'s language among `startups`, if one was measured.
    static func of(_ language: String, in startups: [StartupTime]?) -> StartupTime? {
        startups?.first { $0.language == language }
    }
}
