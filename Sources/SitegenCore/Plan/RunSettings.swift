/// The build's run settings for examples whose fence does not say (`--runs`, `--warmup`, the
/// instrumentation switches): the one place their defaults live.
public struct RunSettings: Sendable, Hashable {
    /// Measured runs per example when neither `--runs` nor `runs=` says.
    public static let defaultRuns = 5
    /// Warm-up runs (not measured) per example when neither `--warmup` nor `warmup=` says.
    public static let defaultWarmup = 1

    let runs: Int
    let warmup: Int
    /// Line tagging and /proc sampling; off only to measure their overhead (benchmarks/).
    let instrumented: Bool
    /// With `instrumented`: the side channel and the /proc sampler separately.
    let tracing: Bool
    let sampling: Bool

    init(
        runs: Int = defaultRuns, warmup: Int = defaultWarmup, instrumented: Bool = true,
        tracing: Bool = true, sampling: Bool = true
    ) {
        self.runs = runs
        self.warmup = warmup
        self.instrumented = instrumented
        self.tracing = tracing
        self.sampling = sampling
    }
}
