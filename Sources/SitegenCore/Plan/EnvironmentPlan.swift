/// One environment of the build as the Plan stage resolved it: its declaration, the cores its
/// examples may use, the variables they see, and the run plan of each example it runs.
struct EnvironmentPlan: Sendable {
    let spec: EnvironmentSpec
    /// Cores its examples may run on: its CPU set's size, else the build's affinity. Worked out
    /// once here; the warnings, the machine card and the charts read it.
    let cores: Int
    /// The process environment of its examples: the build's, plus its variables and scale.
    let variables: [String: String]
    /// The examples it runs, in site order.
    let runs: [RunPlan]
    /// The interpreter of each language its examples use (empty until resolved).
    let interpreters: [String: Interpreter]

    init(
        spec: EnvironmentSpec, cores: Int, variables: [String: String], runs: [RunPlan],
        interpreters: [String: Interpreter] = [:]
    ) {
        self.spec = spec
        self.cores = cores
        self.variables = variables
        self.runs = runs
        self.interpreters = interpreters
    }

    /// The examples it runs.
    var examples: [Example] { runs.map(\.example) }

    /// The start-up plan of each language its examples use (`StartupProbe`: an empty program,
    /// with the examples' instrumentation), keyed in the cache like an example, on the
    /// interpreter, the machine and the environment. Unresolved under `--no-exec` (looked up by
    /// identity); none for a compiled language.
    var startups: [RunPlan] {
        guard let first = runs.first else { return [] }
        let settings = RunSettings(
            runs: StartupProbe.runs, warmup: StartupProbe.warmup,
            instrumented: first.instrumented, tracing: first.tracing, sampling: first.sampling)
        let key = BuildEnvironment(spec: spec, interpreters: [:]).cacheKey
        return Set(runs.map(\.example.language)).sorted().compactMap { language in
            let plan = StartupProbe.plan(language: language, settings: settings, environment: spec)
            guard let interpreter = interpreters[language] else { return plan }
            guard StartupProbe.probes(interpreter),
                let machine = runs.lazy.compactMap(\.cacheKey).first?.machine
            else { return nil }
            return plan.resolved(interpreter, machine: machine, environment: key)
        }
    }

    /// The same plan with `spec` as this machine runs it (its working interpreter commands).
    func with(_ spec: EnvironmentSpec) -> EnvironmentPlan {
        EnvironmentPlan(
            spec: spec, cores: cores, variables: variables, runs: runs,
            interpreters: interpreters)
    }

    /// Only the plans `keep` accepts.
    func filter(_ keep: (RunPlan) -> Bool) -> EnvironmentPlan {
        EnvironmentPlan(
            spec: spec, cores: cores, variables: variables, runs: runs.filter(keep),
            interpreters: interpreters)
    }

    /// Every plan with its interpreter and cache key.
    func resolved(
        _ interpreters: [String: Interpreter], machine: MachineFingerprint
    ) -> EnvironmentPlan {
        let key = BuildEnvironment(spec: spec, interpreters: [:]).cacheKey
        return EnvironmentPlan(
            spec: spec, cores: cores, variables: variables,
            runs: runs.map { plan in
                interpreters[plan.example.language].map {
                    plan.resolved($0, machine: machine, environment: key)
                } ?? plan
            }, interpreters: interpreters)
    }
}
