import Foundation

/// An estimate with the interval that holds the true value at the stated confidence.
struct ConfidenceInterval: Sendable, Hashable, Codable {
    /// How the interval was computed.
    enum Method: String, Sendable, Hashable, Codable {
        /// Percentile bootstrap of the ratio of two independent samples' medians.
        case bootstrapRatioOfMedians = "bootstrap-ratio-of-medians"
        /// Student t interval on the logarithms of paired (per-round) ratios.
        case pairedLogRatioT = "paired-log-ratio-t"
        /// Distribution-free interval of one sample's median from its order statistics.
        case medianOrderStatistics = "median-order-statistics"
        /// median(a) − median(b) from the two medians' intervals (MOVER, Zou & Donner 2008).
        case medianDifferenceMover = "median-difference-mover"
        /// The old rule: the estimate ± 2 standard deviations of single runs (not a confidence
        /// interval: it does not shrink with more runs).
        case spread = "spread-2-sigma"
    }

    let estimate: Double
    let lower: Double
    let upper: Double
    /// The coverage aimed at (0.95), or the one achieved when the sample is too small for it
    /// (order statistics of 5 runs cover the median with 93.75 %).
    let confidence: Double
    let method: Method

    init(
        estimate: Double, lower: Double, upper: Double, confidence: Double, method: Method
    ) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.method = method
    }

    /// Nothing is known about the spread (fewer than two values).
    static func unknown(_ estimate: Double, _ method: Method, _ confidence: Double)
        -> ConfidenceInterval
    {
        ConfidenceInterval(
            estimate: estimate, lower: -.infinity, upper: .infinity, confidence: confidence,
            method: method)
    }

    var range: ClosedRange<Double> { lower...upper }
    var isBounded: Bool { lower.isFinite && upper.isFinite }

    /// "95 % CI 1.71–2.10" (digits after the point as given).
    func formatted(digits: Int = 2) -> String {
        guard isBounded else { return "CI unknown (fewer than 2 runs)" }
        let percent =
            (confidence * 100).rounded() == confidence * 100
            ? String(Int(confidence * 100)) : String(format: "%.1f", confidence * 100)
        return
            "\(percent) % CI \(String(format: "%.\(digits)f", lower))–\(String(format: "%.\(digits)f", upper))"
    }

    /// The same interval for 1/x (a ratio the other way round).
    var reciprocal: ConfidenceInterval {
        ConfidenceInterval(
            estimate: 1 / estimate, lower: 1 / upper, upper: 1 / lower, confidence: confidence,
            method: method)
    }
}

/// Confidence intervals of the figures a build compares: small pure functions of the runs.
enum Intervals {
    /// Resamples of the bootstrap. criterion.rs uses 100,000 (`nresamples`); 20,000 keeps the
    /// 2.5 % and 97.5 % percentiles stable to about ±0.3 % of the ratio here (tests) at a fifth
    /// of the cost, which matters because adaptive rounds decide after every round.
    static let bootstrapResamples = 20_000
    /// The fixed seed: the same runs give the same interval on every build (reproducible pages).
    static let seed: UInt64 = 0x5EED_0F_5173_6E

    /// Percentile bootstrap interval of median(a) / median(b) for two independent samples.
    ///
    /// Each resample draws len(a) values from a and len(b) from b with replacement and takes the
    /// ratio of their medians; the interval is the (1−c)/2 and (1+c)/2 percentiles of those
    /// ratios (Efron and Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13, the
    /// percentile interval). criterion.rs compares two benchmarks the same way
    /// (`criterion::stats::univariate::mixed::bootstrap` over both samples, 100,000 resamples by
    /// default). The median resists the outlier runs a shared machine produces.
    static func ratioOfMedians(
        _ a: [Double], _ b: [Double], confidence: Double = 0.95,
        resamples: Int = bootstrapResamples, seed: UInt64 = seed
    ) -> ConfidenceInterval {
        let estimate = Statistics.median(a) / Statistics.median(b)
        guard a.count >= 2 || b.count >= 2, !a.isEmpty, !b.isEmpty else {
            return .unknown(estimate, .bootstrapRatioOfMedians, confidence)
        }
        var random = SplitMix64(seed: seed)
        var bufferA = [Double](repeating: 0, count: a.count)
        var bufferB = [Double](repeating: 0, count: b.count)
        var ratios = [Double](repeating: 0, count: resamples)
        for index in 0..<resamples {
            for i in 0..<a.count { bufferA[i] = a[random.below(a.count)] }
            for i in 0..<b.count { bufferB[i] = b[random.below(b.count)] }
            ratios[index] = medianInPlace(&bufferA) / medianInPlace(&bufferB)
        }
        ratios.sort()
        return ConfidenceInterval(
            estimate: estimate, lower: quantile(sorted: ratios, (1 - confidence) / 2),
            upper: quantile(sorted: ratios, (1 + confidence) / 2), confidence: confidence,
            method: .bootstrapRatioOfMedians)
    }

    /// Interval of the typical a/b ratio when a[i] and b[i] were measured in the same round.
    ///
    /// A Student t interval on d = ln(a[i] / b[i]), mean(d) ± t(1+c)/2, n−1 · s / √n, mapped back
    /// with exp: an interval of the geometric mean of the per-round ratios. Pairing cancels the
    /// drift the examples of a round share (a busy neighbour, a frequency change). pyperf decides
    /// "significant" with a Student t test (`pyperf/_compare.py`, `is_significant`); the
    /// logarithm makes a ratio's errors symmetric (Fleming and Wallace, "How not to lie with statistics: the
    /// correct way to summarize benchmark results", CACM 1986, for the geometric mean).
    static func pairedRatio(_ a: [Double], _ b: [Double], confidence: Double = 0.95)
        -> ConfidenceInterval
    {
        let logs = zip(a, b).compactMap { x, y in x > 0 && y > 0 ? log(x / y) : nil }
        let center = Statistics.mean(logs)
        guard logs.count >= 2 else {
            return .unknown(exp(center), .pairedLogRatioT, confidence)
        }
        let standardError = Statistics.standardDeviation(logs) / Double(logs.count).squareRoot()
        let t = StudentT.quantile((1 + confidence) / 2, degrees: Double(logs.count - 1))
        return ConfidenceInterval(
            estimate: exp(center), lower: exp(center - t * standardError),
            upper: exp(center + t * standardError), confidence: confidence,
            method: .pairedLogRatioT)
    }

    /// Distribution-free interval of one sample's median: [x(k), x(n+1−k)] with the largest k
    /// such that P(B ≤ k−1) ≤ (1−c)/2 for B ~ Binomial(n, ½) (Conover, "Practical Nonparametric
    /// Statistics", 3rd ed., §3.2; Hollander and Wolfe §3.6). asv computes the same interval
    /// (`asv/statistics.py`, `quantile_ci`, at 99 %) to compare benchmark results. Below 6 values no k reaches 95 %:
    /// the interval is then [min, max] and `confidence` says what it covers (1 − 2·½ⁿ).
    static func median(_ values: [Double], confidence: Double = 0.95)
        -> ConfidenceInterval
    {
        let sorted = values.sorted()
        let n = sorted.count
        let estimate = Statistics.median(sorted)
        guard n >= 2 else { return .unknown(estimate, .medianOrderStatistics, confidence) }
        let alpha = (1 - confidence) / 2
        var k = 1
        while k + 1 <= n / 2, binomialCDF(k, n) <= alpha { k += 1 }  // P(B ≤ k) with k = next k − 1
        let achieved = 1 - 2 * binomialCDF(k - 1, n)
        return ConfidenceInterval(
            estimate: estimate, lower: sorted[k - 1], upper: sorted[n - k],
            confidence: min(achieved, confidence) < confidence ? achieved : confidence,
            method: .medianOrderStatistics)
    }

    /// P(B ≤ k) for B ~ Binomial(n, ½).
    static func binomialCDF(_ k: Int, _ n: Int) -> Double {
        guard k >= 0 else { return 0 }
        var term = pow(0.5, Double(n))  // C(n, 0) / 2ⁿ
        var sum = term
        if k == 0 { return sum }
        for i in 1...min(k, n) {
            term *= Double(n - i + 1) / Double(i)
            sum += term
        }
        return min(sum, 1)
    }

    /// The p-quantile of sorted values, interpolating linearly between order statistics
    /// (Hyndman and Fan's definition 7, numpy's and R's default).
    static func quantile(sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = p * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }

    /// The median of a small buffer, sorting it in place (no allocation in the bootstrap loop).
    static func medianInPlace(_ values: inout [Double]) -> Double {
        // Insertion sort: the samples are a few dozen runs at most.
        for i in 1..<max(values.count, 1) {
            let value = values[i]
            var j = i - 1
            while j >= 0, values[j] > value {
                values[j + 1] = values[j]
                j -= 1
            }
            values[j + 1] = value
        }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}
