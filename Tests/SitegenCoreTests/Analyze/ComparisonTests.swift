import Testing

@testable import SitegenCore

/// One comparison per chart entry: its finding follows the interval, and its sentence never says
/// "faster" (or "as fast as") when the interval contains 1.
@Suite struct ComparisonTests {
    static func stats(mean: Double, stddev: Double) -> SampleStats {
        SampleStats(
            median: mean, mean: mean, stddev: stddev, min: mean - stddev, max: mean + stddev,
            count: 10)
    }

    static func entry(_ mean: Double, _ sd: Double, over base: Double, _ baseSD: Double)
        -> Comparison.Entry
    {
        Comparison.Entry(
            id: "b", label: "threads", baselineID: "a", baselineLabel: "sequential",
            entry: stats(mean: mean, stddev: sd), baseline: stats(mean: base, stddev: baseSD))
    }

    @Test func withinTheNoiseIsNoMeasurableDifference() {
        // 1.00 ± 0.07: the case the issue quotes ("1.00 ± 0.07 × faster").
        let entry = Self.entry(1.0, 0.05, over: 1.0, 0.05)
        #expect(entry.interval.contains(1))
        #expect(entry.finding == .noMeasurableDifference)
        #expect(entry.sentence.hasPrefix("no measurable difference between threads and sequential"))
        #expect(!entry.sentence.contains("faster") && !entry.sentence.contains("as fast as"))
        #expect(entry.summary == "no measurable difference")
    }

    @Test func aClearGainIsFasterWithItsRange() {
        let entry = Self.entry(0.5, 0.01, over: 1.0, 0.01)
        #expect(entry.finding == .faster)
        #expect(
            entry.sentence.hasPrefix("threads ran 2.00 ± "))
        #expect(entry.summary == "2.00× as fast")
    }

    @Test func aClearLossIsSlowerNeverFaster() {
        let entry = Self.entry(2.0, 0.02, over: 1.0, 0.01)
        #expect(entry.finding == .slower)
        #expect(entry.sentence.hasPrefix("threads took 2.00× as long as sequential"))
        #expect(!entry.sentence.contains("faster"))
    }

    /// Over a grid of effects and noises, "faster" appears only when the whole interval is
    /// above 1.
    @Test func noSentenceSaysFasterWhenTheIntervalContainsOne() {
        for mean in stride(from: 0.5, through: 1.5, by: 0.05) {
            for sd in [0.0, 0.01, 0.05, 0.2, 0.5] {
                let entry = Self.entry(mean, sd, over: 1.0, sd)
                let claimsGain =
                    entry.sentence.contains("faster") || entry.sentence.contains("as fast as")
                if entry.interval.contains(1) {
                    #expect(!claimsGain, "\(entry.sentence)")
                } else {
                    #expect(claimsGain == (entry.interval.lowerBound > 1), "\(entry.sentence)")
                }
            }
        }
    }

    @Test func theIntervalComesFromOnePlace() {
        let ratio = SpeedRatio(ratio: 1.5, uncertainty: 0.1)
        #expect(Comparison.interval(ratio) == ratio.interval(k: 2))
        #expect(Comparison.interval(SpeedRatio(ratio: 0.1, uncertainty: 1)).lowerBound == 0)
    }
}
