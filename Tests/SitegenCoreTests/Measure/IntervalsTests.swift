import Foundation
import Testing

@testable import SitegenCore

/// Expected numbers computed here with scipy 1.17.1 (`scipy.stats.t`, `scipy.stats.binom`,
/// `scipy.stats.bootstrap(method="percentile", n_resamples=200000)`) or by hand.
@Suite struct IntervalsTests {
    @Test func studentQuantilesMatchScipy() {
        #expect(abs(StudentT.quantile(0.975, degrees: 9) - 2.262157162798205) < 1e-9)
        #expect(abs(StudentT.quantile(0.975, degrees: 4) - 2.7764451051977934) < 1e-9)
        #expect(abs(StudentT.quantile(0.95, degrees: 1) - 6.313751514675037) < 1e-8)
        #expect(abs(StudentT.quantile(0.975, degrees: 30) - 2.0422724563012378) < 1e-9)
        #expect(abs(StudentT.cdf(1.5, degrees: 7) - 0.911350756505015) < 1e-12)
        #expect(abs(StudentT.quantile(0.025, degrees: 9) + 2.262157162798205) < 1e-9)
    }

    @Test func pairedLogRatioIntervalMatchesScipy() {
        // d = ln(a/b); exp(mean(d) ± t(0.975, 4)·s/√5), scipy/numpy.
        let interval = Intervals.pairedRatio(
            [1.0, 1.1, 0.9, 1.2, 1.05], [0.5, 0.6, 0.5, 0.55, 0.5])
        #expect(abs(interval.estimate - 1.977499386189226) < 1e-9)
        #expect(abs(interval.lower - 1.7824327570170324) < 1e-9)
        #expect(abs(interval.upper - 2.1939137995439104) < 1e-9)
        #expect(interval.method == .pairedLogRatioT)
    }

    @Test func pairedIntervalCancelsSharedDrift() {
        // Both examples drift by the same factor round after round: every ratio is exactly 2.
        let drift = [1.0, 1.3, 0.8, 1.5, 0.9, 1.2]
        let interval = Intervals.pairedRatio(drift.map { $0 * 2 }, drift)
        #expect(abs(interval.lower - 2) < 1e-12 && abs(interval.upper - 2) < 1e-12)
        // Unpaired, the same numbers leave the ratio uncertain.
        let unpaired = Intervals.ratioOfMedians(drift.map { $0 * 2 }, drift, resamples: 2000)
        #expect(unpaired.upper - unpaired.lower > 0.5)
    }

    @Test func medianIntervalUsesBinomialOrderStatistics() {
        let values = (1...10).map(Double.init).shuffled(using: &FixedGenerator.shared)
        // n = 10: P(B ≤ 1) = 0.0107 ≤ 0.025 < P(B ≤ 2) = 0.0547, so k = 2: [x(2), x(9)],
        // coverage 1 − 2·0.0107421875 = 0.978515625.
        let ten = Intervals.median(values)
        #expect(ten.lower == 2 && ten.upper == 9 && ten.estimate == 5.5)
        #expect(ten.confidence == 0.95)
        // n = 20: P(B ≤ 5) = 0.0207 ≤ 0.025 < P(B ≤ 6) = 0.0577: [x(6), x(15)].
        let twenty = Intervals.median((1...20).map(Double.init))
        #expect(twenty.lower == 6 && twenty.upper == 15)
        // n = 5 cannot reach 95 %: [min, max], which covers 1 − 2/32 = 93.75 %.
        let five = Intervals.median([3, 1, 4, 1.5, 9])
        #expect(five.lower == 1 && five.upper == 9 && five.confidence == 0.9375)
        #expect(Intervals.binomialCDF(2, 10) == 0.0546875)
        #expect(!Intervals.median([1]).isBounded)
    }

    @Test func bootstrapRatioOfMediansAgreesWithScipy() {
        let sequential = [0.65, 0.95, 0.70, 0.92, 0.66, 0.90, 0.68, 0.71, 0.93, 0.67]
        let processes = [0.45, 0.48, 0.52, 0.47, 0.60, 0.46, 0.49, 0.51, 0.50, 0.44]
        let interval = Intervals.ratioOfMedians(sequential, processes)
        #expect(abs(interval.estimate - 1.4536082474226804) < 1e-12)
        // scipy: 1.3431–1.9368 (percentile method, 200,000 resamples).
        #expect(abs(interval.lower - 1.3431) < 0.02)
        #expect(abs(interval.upper - 1.9368) < 0.02)
        // Deterministic: the same runs give the same interval.
        #expect(Intervals.ratioOfMedians(sequential, processes) == interval)
    }

    @Test func quantileInterpolatesLikeNumpy() {
        // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
        #expect(Intervals.quantile(sorted: [1, 2, 3, 4], 0.25) == 1.75)
        #expect(Intervals.quantile(sorted: [1, 2, 3, 4], 1) == 4)
    }

    @Test func intervalIsFormattedLikeTheIssueAsks() {
        let interval = ConfidenceInterval(
            estimate: 1.93, lower: 1.712, upper: 2.104, confidence: 0.95,
            method: .bootstrapRatioOfMedians)
        #expect(interval.formatted() == "95 % CI 1.71–2.10")
        #expect(
            SpeedRatio(ratio: 1.93, uncertainty: 0.05).sentence(
                "processes", "threads", interval: interval)
                == "processes ran 1.93 ± 0.05 × faster than threads (95 % CI 1.71–2.10)")
        #expect(
            SpeedRatio(ratio: 0.5, uncertainty: 0.05).sentence(
                "a", "b",
                interval: ConfidenceInterval(
                    estimate: 0.5, lower: 0.4, upper: 0.625, confidence: 0.95,
                    method: .pairedLogRatioT))
                == "b ran 2.00 ± 0.20 × faster than a (95 % CI 1.60–2.50)")
    }
}

/// A seeded generator for shuffles in tests.
struct FixedGenerator {
    nonisolated(unsafe) static var shared = SplitMix64(seed: 42)
}

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // Vigna's splitmix64.c with x = 0: the first outputs.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        var bounded = SplitMix64(seed: 7)
        #expect((0..<1000).allSatisfy { _ in (0..<10).contains(bounded.below(10)) })
    }
}
