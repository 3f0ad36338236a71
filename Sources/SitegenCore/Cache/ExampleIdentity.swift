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
    /// The support files copied into its working folder, by name with a digest of their bytes;
    /// nil (absent from the key's JSON, so older keys stay equal) when it brings none.
    public var files: [FileDigest]?

    /// A support file as its cache key sees it: where it lands, how long and its bytes' hash.
    public struct FileDigest: Sendable, Hashable, Codable {
        public var name: String
        public var bytes: Int
        /// FNV-1a of its bytes (`FNV1a`): an edit of the file changes it.
        public var fnv1a: String

        init(_ file: SupportFile) {
            name = file.name
            bytes = file.size
            fnv1a = file.fnv1a
        }
    }

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
        let files = plan.example.files.map(FileDigest.init).sorted { $0.name < $1.name }
        self.files = files.isEmpty ? nil : files
    }
}
