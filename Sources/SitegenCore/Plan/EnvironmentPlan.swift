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
