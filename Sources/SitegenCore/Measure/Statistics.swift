import Foundation

/// Small pure statistics over a sample of measurements (hyperfine's and pyperf's figures).
enum Statistics {
    /// The middle value (the mean of the two middle values for an even count); 0 when empty.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The arithmetic mean; 0 when empty.
    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation (divides by n − 1, as hyperfine and pyperf do); 0 below 2 values.
    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count >= 2 else { return 0 }
        let average = mean(values)
        let squares = values.reduce(0) { $0 + ($1 - average) * ($1 - average) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// The median absolute deviation from the median, unscaled; 0 when empty.
    static func medianAbsoluteDeviation(_ values: [Double]) -> Double {
        let center = median(values)
        return median(values.map { abs($0 - center) })
    }

    /// 0.6745 is Φ⁻¹(0.75), the 75th percentile of the standard normal: it makes the MAD
    /// comparable to a standard deviation (0.6745 = 1 / 1.4826). Iglewicz and Hoaglin, "How to
    /// Detect and Handle Outliers" (1993), §3.1; used by hyperfine (src/outlier_detection.rs).
    static let modifiedZScoreFactor = 0.6745
    /// Iglewicz and Hoaglin recommend flagging |modified z-score| > 3.5 as a potential outlier;
    /// hyperfine uses the same threshold.
    static let outlierThreshold = 3.5

    /// Modified z-scores 0.6745·(x − median)/MAD; all 0 when the MAD is 0 (as hyperfine does).
    static func modifiedZScores(_ values: [Double]) -> [Double] {
        let center = median(values)
        let mad = medianAbsoluteDeviation(values)
        guard mad > 0 else { return values.map { _ in 0 } }
        return values.map { modifiedZScoreFactor * ($0 - center) / mad }
    }

    /// Indices of values whose |modified z-score| exceeds 3.5.
    static func outlierIndices(_ values: [Double]) -> [Int] {
        modifiedZScores(values).enumerated().filter { abs($0.element) > outlierThreshold }.map(
            \.offset)
    }
}

/// Median, mean, sample standard deviation, min and max of one figure over the measured runs.
struct FigureSummary: Sendable, Hashable, Codable {
    let median: Double
    let mean: Double
    let stddev: Double
    let min: Double
    let max: Double

    init(median: Double, mean: Double, stddev: Double, min: Double, max: Double) {
        self.median = median
        self.mean = mean
        self.stddev = stddev
        self.min = min
        self.max = max
    }

    init(_ values: [Double]) {
        self.init(
            median: Statistics.median(values), mean: Statistics.mean(values),
            stddev: Statistics.standardDeviation(values), min: values.min() ?? 0,
            max: values.max() ?? 0)
    }
}
