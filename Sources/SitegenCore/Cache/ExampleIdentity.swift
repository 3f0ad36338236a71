/// What an example is, independent of where it sits: its source, language, parameters and run
/// options. Its id, page, title and line do not belong here, so moving or renaming never re-runs.
public struct ExampleIdentity: Sendable, Hashable, Codable {
    public var language: String
    public var code: String
    public var parameters: [String: String]
    public var runs: Int
    public var warmup: Int
    public var timeout: Double
    public var instrumented: Bool
    public var tracing: Bool
    public var sampling: Bool
    /// `CacheKey.formatVersion` when measured.
    public var format: Int

    /// What `plan` runs and how: the part of its cache key the example contributes.
    public init(_ plan: RunPlan) {
        language = plan.example.language
        code = plan.example.code
        parameters = plan.example.parameters
        runs = plan.runs
        warmup = plan.warmup
        timeout = plan.timeout
        instrumented = plan.instrumented
        tracing = plan.tracing
        sampling = plan.sampling
        format = CacheKey.formatVersion
    }
}
