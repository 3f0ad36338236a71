import Testing

@testable import SitegenCore

@Suite struct SpeedRatioTests {
    static func stats(_ mean: Double, _ stddev: Double) -> SampleStats {
        SampleStats(
            median: mean, mean: mean, stddev: stddev, min: mean - stddev, max: mean + stddev,
            count: 5)
    }

    @Test func ratioAndPropagatedUncertainty() {
        // r = 0.6 / 0.3 = 2; σ = 2 · √(0.01² /0.3²·… ) = 2 · √((0.003/0.3)² + (0.012/0.6)²)
        //   = 2 · √(0.0001 + 0.0004) = 2 · 0.0223607 = 0.0447214
        let ratio = SpeedRatio.of(Self.stats(0.3, 0.003), over: Self.stats(0.6, 0.012))
        #expect(abs(ratio.ratio - 2) < 1e-12)
        #expect(abs(ratio.uncertainty - 0.0447214) < 1e-6)
        #expect(ratio.formatted == "2.00 ± 0.04")
    }

    @Test func sentenceNamesTheFasterFirst() {
        let processes = Self.stats(0.31, 0.005)
        let threads = Self.stats(0.6, 0.01)
        // 0.6 / 0.31 = 1.935484; σ = 1.935484 · √((0.005/0.31)² + (0.01/0.6)²) = 1.935484 · 0.023193 = 0.04489
        #expect(
            SpeedRatio.of(processes, over: threads).sentence(
                "processes", "threads", context: "CPU-bound, 2 workers")
                == "processes ran 1.94 ± 0.04 × faster than threads (CPU-bound, 2 workers)")
        #expect(
            SpeedRatio.of(threads, over: processes).sentence("threads", "processes")
                == "processes ran 1.94 ± 0.04 × faster than threads")
    }

    @Test func withinTheNoiseWhenTwoSigmaReachesOne() {
        // r = 1.05 / 1.0 = 1.05; σ = 1.05 · √(0.05² + (0.05/1.05)²) = 1.05 · 0.069 = 0.0725
        let ratio = SpeedRatio.of(Self.stats(1.0, 0.05), over: Self.stats(1.05, 0.05))
        #expect(ratio.overlapsOne())
        #expect(!SpeedRatio.of(Self.stats(0.3, 0.003), over: Self.stats(0.6, 0.012)).overlapsOne())
    }

    @Test func exactValuesHaveNoUncertainty() {
        let ratio = SpeedRatio.of(.exact(2), over: .exact(5))
        #expect(ratio.ratio == 2.5)
        #expect(ratio.uncertainty == 0)
    }
}
