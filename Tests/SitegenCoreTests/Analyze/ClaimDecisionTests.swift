import Testing

@testable import SitegenCore

/// The ±2σ rule, on numbers worked out by hand.
@Suite struct ClaimDecisionSpreadTests {
    @Test func samplesAreMeanAndSampleStandardDeviation() {
        // [1, 2, 3]: mean 2, σ = √((1 + 0 + 1) / 2) = 1.
        let estimate = ClaimDecision.estimate(.samples([1, 2, 3]))
        #expect(estimate.value == 2 && estimate.uncertainty == 1 && estimate.runs == 3)
        #expect(estimate.interval == 0...4)
    }

    @Test func ratioIsHyperfinesRelativeSpeed() {
        // wall(B) = [0.9, 1.0, 1.1] (mean 1, σ 0.1), wall(A) = [0.45, 0.5, 0.55] (mean 0.5, σ 0.05):
        // r = 2, σ_r = 2 · √(0.1² + 0.1²) = 0.2828.
        let estimate = ClaimDecision.estimate(
            .ratio(numerator: [0.9, 1.0, 1.1], denominator: [0.45, 0.5, 0.55]))
        #expect(abs(estimate.value - 2) < 1e-12)
        #expect(abs(estimate.uncertainty - 0.28284) < 1e-4)
    }

    @Test func againstANumberTheWholeIntervalMustClearIt() {
        // 2 ± 2·0.2828 = 1.434…2.566.
        let speedup = ClaimDecision.Side.ratio(
            numerator: [0.9, 1.0, 1.1], denominator: [0.45, 0.5, 0.55])
        #expect(ClaimDecision.decide(speedup, .greater, .number(1.3), rule: .spread) == .shown)
        #expect(ClaimDecision.decide(speedup, .less, .number(1.3), rule: .spread) == .opposite)
        #expect(ClaimDecision.decide(speedup, .greater, .number(2.5), rule: .spread) == .noise)
        #expect(ClaimDecision.decide(speedup, .less, .number(3), rule: .spread) == .shown)
    }

    @Test func twoQuantitiesAreComparedByTheirDifference() {
        // [1, 2, 3] vs [5, 6, 7]: difference −4, σ = √(1 + 1) = 1.414, interval −6.83…−1.17.
        #expect(
            ClaimDecision.decide(.samples([1, 2, 3]), .less, .samples([5, 6, 7]), rule: .spread)
                == .shown)
        #expect(
            ClaimDecision.decide(
                .samples([1, 2, 3]), .greaterOrEqual, .samples([5, 6, 7]), rule: .spread)
                == .opposite)
        // [1, 2, 3] vs [3, 4, 5]: −2 ± 2.83 straddles 0.
        #expect(
            ClaimDecision.decide(.samples([1, 2, 3]), .less, .samples([3, 4, 5]), rule: .spread)
                == .noise)
    }

    @Test func equalityNeedsExactFigures() {
        #expect(
            ClaimDecision.decide(.samples([2000, 2000]), .equal, .number(2000), rule: .spread)
                == .shown)
        #expect(
            ClaimDecision.decide(.samples([1999, 2001]), .equal, .number(2000), rule: .spread)
                == .noise)
        #expect(
            ClaimDecision.decide(.samples([1000, 1000]), .equal, .number(2000), rule: .spread)
                == .opposite)
        #expect(
            ClaimDecision.decide(.samples([1000, 1000]), .notEqual, .number(2000), rule: .spread)
                == .shown)
    }

    @Test func aMissingFigureIsNoise() {
        #expect(
            ClaimDecision.decide(
                .ratio(numerator: [1], denominator: [0]), .greater, .number(1), rule: .spread)
                == .noise)
    }
}
