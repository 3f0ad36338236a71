/// One environment of a build, resolved: its declaration and the interpreter each language of
/// the site resolved to in it. Passed into the cache plan and the runner.
struct BuildEnvironment: Sendable, Hashable {
    let spec: EnvironmentSpec
    /// By language, for the languages the site's examples use.
    let interpreters: [String: Interpreter]

    init(spec: EnvironmentSpec, interpreters: [String: Interpreter]) {
        self.spec = spec
        self.interpreters = interpreters
    }

    /// What a cached result measured in this environment depends on besides the example, the
    /// interpreter and the machine; nil for an environment that changes nothing (the default
    /// one), so the results of a site without `sitegen.yml` keep their keys.
    var cacheKey: EnvironmentKey? {
        let spec = self.spec
        guard
            !spec.interpreters.isEmpty || !spec.variables.isEmpty || spec.cpus != nil
                || !spec.scale.isEmpty
        else { return nil }
        return EnvironmentKey(
            interpreters: spec.interpreters, variables: spec.variables,
            cpus: spec.cpus?.description, scale: spec.scale)
    }
}

/// The part of a cache key an environment contributes.
struct EnvironmentKey: Sendable, Hashable, Codable {
    let interpreters: [String: String]
    let variables: [String: String]
    let cpus: String?
    let scale: [String: String]
}

/// One environment's measurements in a build: the machine card as seen from it (its cores,
/// its interpreter's facts) and its results in site order.
struct EnvironmentRun: Sendable, Hashable {
    let environment: BuildEnvironment
    let machine: MachineInfo
    let results: [ExampleResult]

}
