import Testing

@testable import SitegenCore

@Suite struct EffectDecisionTests {
    let sequential = [0.65, 0.95, 0.70, 0.92, 0.66, 0.90, 0.68, 0.71, 0.93, 0.67]
    let processes = [0.45, 0.48, 0.52, 0.47, 0.60, 0.46, 0.49, 0.51, 0.50, 0.44]

    @Test func speedupAboveThresholdIsShownByTheInterval() {
        // speedup(processes over sequential) = wall(sequential) / wall(processes): 1.45,
        // bootstrap 95 % CI ≈ 1.34–1.94 (scipy), all above 1.3.
        let decision = EffectDecision.decide(
            a: sequential, b: processes, op: .greater, threshold: 1.3)
        #expect(decision.verdict == .shown)
        #expect(decision.method == .bootstrapRatioOfMedians)
        // The same numbers under the old spread rule: means 0.777 / 0.492 = 1.58 ± 0.44
        // (2σ), which reaches below 1.3: within the noise.
        let spread = EffectDecision.decide(
            a: sequential, b: processes, op: .greater, threshold: 1.3, rule: .spread)
        #expect(spread.verdict == .withinNoise)
        #expect(spread.method == .spread)
    }

    @Test func oppositeAndWithinNoise() {
        let same = EffectDecision.decide(
            a: processes, b: processes, op: .less, threshold: 1.3)
        #expect(same.verdict == .shown)  // ratio 1, CI well below 1.3
        let above = EffectDecision.decide(
            a: sequential, b: processes, op: .less, threshold: 1.3)
        #expect(above.verdict == .oppositeShown)
        let noisy = EffectDecision.decide(
            a: [1, 2, 1, 2], b: [1, 2, 1, 2.1], op: .greater, threshold: 1)
        #expect(noisy.verdict == .withinNoise)
    }

    @Test func pairedRoundsUseTheLogRatioInterval() {
        let decision = EffectDecision.decide(
            a: [1.0, 1.1, 0.9, 1.2, 1.05], b: [0.5, 0.6, 0.5, 0.55, 0.5], paired: true,
            op: .greaterOrEqual, threshold: 1.5)
        #expect(decision.method == .pairedLogRatioT)
        #expect(decision.verdict == .shown)  // CI 1.78–2.19
    }

    @Test func singleQuantityAgainstAThreshold() {
        // cores busy: median 1.7, order-statistics CI [x(2), x(9)] = [1.6, 1.8] > 1.3.
        let cores = [1.5, 1.6, 1.65, 1.7, 1.7, 1.7, 1.72, 1.75, 1.8, 1.9]
        let decision = EffectDecision.decide(a: cores, b: nil, op: .greater, threshold: 1.3)
        #expect(decision.verdict == .shown)
        #expect(decision.interval.lower == 1.6 && decision.interval.upper == 1.8)
        #expect(
            EffectDecision.decide(a: cores, b: nil, op: .greater, threshold: 1.7).verdict
                == .withinNoise)
        #expect(
            EffectDecision.decide(a: [2], b: nil, op: .greater, threshold: 1).verdict
                == .withinNoise)
    }
}
