/// An environment's interpreter start-up: the wall time of an empty program run like every
/// example of its language (same command, flags, variables and side channel), measured between
/// the examples' runs so that it saw the same machine (`Execute/StartupProbe.swift`).
public struct StartupTime: Sendable, Hashable, Codable {
    public var language: String
    /// The interpreter's resolved path.
    public var interpreter: String
    /// Wall seconds of each measured run.
    public var walls: [Double]
    /// When it was measured, and whether this build measured it or took it from the cache.
    public var provenance: Provenance?

    public init(
        language: String, interpreter: String, walls: [Double], provenance: Provenance? = nil
    ) {
        self.language = language
        self.interpreter = interpreter
        self.walls = walls
        self.provenance = provenance
    }

    /// The median wall time of the empty program.
    public var median: Double { Statistics.median(walls) }

    /// The median's distribution-free 95 % interval (`Intervals.median`).
    public var interval: ConfidenceInterval { Intervals.median(walls) }
}

extension StartupTime {
    /// The start-up an empty program's result shows (`StartupProbe`).
    init(_ result: ExampleResult) {
        self.init(
            language: result.example.language, interpreter: result.interpreter.path,
            walls: result.runs.map(\.wallSeconds), provenance: result.provenance)
    }

    /// The start-up of `result`'s language among `startups`, if one was measured.
    static func of(_ language: String, in startups: [StartupTime]?) -> StartupTime? {
        startups?.first { $0.language == language }
    }
}
