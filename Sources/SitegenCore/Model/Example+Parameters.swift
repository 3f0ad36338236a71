extension Example {
    /// The prefix of the environment variables that carry a configuration's values.
    static let parameterVariablePrefix = "SITEGEN_PARAM_"

    /// `workers=2` → `SITEGEN_PARAM_WORKERS=2`: what the example's process gets in its environment.
    var parameterEnvironment: [String: String] {
        Dictionary(
            uniqueKeysWithValues: parameters.map {
                (Self.parameterVariablePrefix + $0.key.uppercased(), $0.value)
            })
    }

    /// The id the author wrote, without the configuration: `pool@workers=2` → `pool`.
    var baseID: String { String(id.prefix { $0 != "@" }) }
}
