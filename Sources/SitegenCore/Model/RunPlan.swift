/// How one example is run, resolved in one place from its fence (`runs=`, `warmup=`) and the
/// build's defaults: the cache key (`ExampleIdentity`) and the runner (`ExampleRunner`) both read
/// it, so they cannot disagree about what was measured.
public struct RunPlan: Sendable, Hashable {
    /// The build's settings for examples whose fence does not say.
    public struct Defaults: Sendable, Hashable {
        public var runs: Int
        public var warmup: Int
        public var instrumented: Bool
        public var tracing: Bool
        public var sampling: Bool

        public init(runs: Int, warmup: Int, instrumented: Bool, tracing: Bool, sampling: Bool) {
            self.runs = runs
            self.warmup = warmup
            self.instrumented = instrumented
            self.tracing = tracing
            self.sampling = sampling
        }
    }

    public var runs: Int
    public var warmup: Int
    /// Tag Python lines through the side channel (with `instrumented`).
    public var tracing: Bool
    /// Sample the tree from /proc (with `instrumented`).
    public var sampling: Bool
    public var instrumented: Bool

    public init(_ example: Example, _ defaults: Defaults) {
        runs = example.runs ?? defaults.runs
        warmup = example.warmup ?? defaults.warmup
        instrumented = defaults.instrumented
        tracing = defaults.tracing
        sampling = defaults.sampling
    }
}

extension BuildOptions {
    /// The run settings of this build.
    public var runDefaults: RunPlan.Defaults {
        RunPlan.Defaults(
            runs: runs, warmup: warmup, instrumented: instrumented, tracing: tracing,
            sampling: sampling)
    }
}
