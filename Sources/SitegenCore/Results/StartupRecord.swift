// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// `machine.startup[]` in `results.json`: one language's interpreter start-up in the
/// environment the card is of (`StartupTime`), as the file spells it.
struct StartupRecord: Codable, Sendable, Hashable {
    var language: String
    /// The interpreter's resolved path.
    var interpreter: String
    /// Wall seconds of each measured run of the empty program.
    var runs_s: [Double]
    var median_s: Double
    /// The median's distribution-free interval (order statistics), and what it covers.
    var ci_low_s: Double?
    var ci_high_s: Double?
    var ci_confidence: Double
    /// When it was measured (a rebuild from the cache writes the same file, so whether this
    /// build measured it is not said here, as for the examples).
    var measured_at: String?
}

extension StartupRecord {
    init(_ startup: StartupTime) {
        let interval = startup.interval
        language = startup.language
        interpreter = startup.interpreter
        runs_s = startup.walls
        median_s = startup.median
        ci_low_s = interval.isBounded ? interval.lower : nil
        ci_high_s = interval.isBounded ? interval.upper : nil
        ci_confidence = interval.confidence
        measured_at = startup.measuredAt
    }

    /// The model again, for `sitegen merge` (the walls are the data; the rest follows).
    var model: StartupTime {
        StartupTime(
            language: language, interpreter: interpreter, walls: runs_s, measuredAt: measured_at)
    }
}
