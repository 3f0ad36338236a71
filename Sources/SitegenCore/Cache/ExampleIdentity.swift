/// What an example is, independent of where it sits: its source, language, parameters and run
/// options. Its id, page, title and line do not belong here, so moving or renaming never re-runs.
struct ExampleIdentity: Sendable, Hashable, Codable {
    var language: String
    var code: String
    var parameters: [String: String]
    var runs: Int
    var warmup: Int
    var timeout: Double
    var instrumented: Bool
    var tracing: Bool
    var sampling: Bool
    /// `CacheKey.formatVersion` when measured.
    var format: Int
    /// The support files copied into its working folder, by name with a digest of their bytes;
    /// nil (absent from the key's JSON, so older keys stay equal) when it brings none.
    var files: [FileDigest]?

    /// A support file as its cache key sees it: where it lands, how long and its bytes' hash.
    struct FileDigest: Sendable, Hashable, Codable {
        var name: String
        var bytes: Int
        /// FNV-1a of its bytes (`FNV1a`): an edit of the file changes it.
        var fnv1a: String

        init(_ file: SupportFile) {
            name = file.name
            bytes = file.size
            fnv1a = file.fnv1a
        }
    }

    /// What `plan` runs and how: the part of its cache key the example contributes.
    init(_ plan: RunPlan) {
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
