/// How one example runs in one environment, resolved once by the Plan stage (`BuildPlan`) from
/// its fence (`runs=`, `warmup=`, `timeout=`), the build's settings and the environment: the
/// cache key, the runner, the round scheduler and the shard weights all read this value, so
/// they cannot disagree about what was measured.
struct RunPlan: Sendable, Hashable {
    let example: Example
    let runs: Int
    let warmup: Int
    /// Seconds before the example's process tree is killed.
    let timeout: Double
    let instrumented: Bool
    /// Tag lines through the language's side channel (only with `instrumented`).
    let tracing: Bool
    /// Sample the tree from /proc (only with `instrumented`).
    let sampling: Bool
    /// The environment of `sitegen.yml` it runs in (`default` without one).
    let environment: String
    /// The CPUs its runs are pinned to; nil: the build's.
    let cpus: CPUSet?
    /// The examples it is measured with in interleaved rounds; nil: measured alone.
    let group: MeasurementGroup?
    /// The interpreter it runs with; nil until resolved, and under `--no-exec`.
    let interpreter: Interpreter?
    /// The execution cache key its result is stored under; nil until resolved.
    let cacheKey: CacheKey?

    /// The one place a run plan is made: the fence wins over the build's settings.
    init(
        _ example: Example, _ settings: RunSettings, environment: EnvironmentSpec = .default,
        group: MeasurementGroup? = nil
    ) {
        self.example = example
        runs = example.runs ?? settings.runs
        warmup = example.warmup ?? settings.warmup
        timeout = example.timeout
        instrumented = settings.instrumented
        tracing = settings.tracing
        sampling = settings.sampling
        self.environment = environment.id
        cpus = environment.cpus
        self.group = group
        interpreter = nil
        cacheKey = nil
    }

    private init(_ plan: RunPlan, interpreter: Interpreter, cacheKey: CacheKey) {
        example = plan.example
        runs = plan.runs
        warmup = plan.warmup
        timeout = plan.timeout
        instrumented = plan.instrumented
        tracing = plan.tracing
        sampling = plan.sampling
        environment = plan.environment
        cpus = plan.cpus
        group = plan.group
        self.interpreter = interpreter
        self.cacheKey = cacheKey
    }

    /// The same plan with its interpreter and the cache key that follows from it.
    func resolved(
        _ interpreter: Interpreter, machine: MachineFingerprint, environment: EnvironmentKey?
    ) -> RunPlan {
        RunPlan(
            self, interpreter: interpreter,
            cacheKey: CacheKey(
                example: ExampleIdentity(self), interpreter: interpreter, machine: machine,
                environment: environment))
    }

    /// Runs the plan does, warm-ups included.
    var totalRuns: Int { warmup + runs }
}
