/// A summary of one quantity over the measured runs (wall seconds, or a figure an example printed).
///
/// The Analyze stage's own input, so it does not depend on the measurement engine's types.
struct SampleStats: Sendable, Hashable, Codable {
    let median: Double
    let mean: Double
    /// Sample standard deviation (n − 1).
    let stddev: Double
    let min: Double
    let max: Double
    let count: Int

    /// A quantity measured once, or known exactly: no spread.
    static func exact(_ value: Double) -> SampleStats {
        SampleStats(median: value, mean: value, stddev: 0, min: value, max: value, count: 1)
    }
}
