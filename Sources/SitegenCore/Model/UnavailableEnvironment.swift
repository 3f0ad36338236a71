/// An environment of `sitegen.yml` marked `optional: true` whose interpreter this machine does
/// not have: nothing of it runs, and the log, the machine cards and `results.json` say so.
struct UnavailableEnvironment: Sendable, Hashable, Codable {
    let spec: EnvironmentSpec
    /// What was looked for, e.g. "none of python3.14t, python3.13t was found or could be run".
    let reason: String
    /// The language whose interpreter is missing (`python`).
    let language: String

}
