/// A runnable example found in the content: what to run and how.
struct Example: Sendable, Hashable, Codable {
    /// Unique across the site: `id=` or `<page>-<n>`.
    var id: String
    /// Output file of the page that shows it.
    var page: String
    var language: String
    var code: String
    var location: SourceLocation
    /// Seconds before the whole process group is killed.
    var timeout: Double
    /// This configuration's values when the block has `params=` (`["workers": "2"]`), else empty.
    var parameters: [String: String]
    /// How the run must end for the build to succeed (`expect=`, `allow-error`).
    var expectation: ExpectedOutcome
    /// Measured runs and warm-up runs from the fence (`runs=`, `warmup=`); nil means the build's.
    var runs: Int?
    var warmup: Int?
    /// The content folder's files copied into its working folder before each run (`files=`,
    /// the page's `files:`). Not stored with a cached result: the cache key holds their names
    /// and digests, and a reused result is shown with today's example.
    var files: [SupportFile] = []

    enum CodingKeys: String, CodingKey {
        case id, page, language, code, location, timeout, parameters, expectation, runs, warmup
    }

    init(
        id: String, page: String, language: String, code: String, location: SourceLocation,
        timeout: Double, parameters: [String: String] = [:],
        expectation: ExpectedOutcome = .success, runs: Int? = nil, warmup: Int? = nil,
        files: [SupportFile] = []
    ) {
        self.files = files
        self.runs = runs
        self.warmup = warmup
        self.id = id
        self.page = page
        self.language = language
        self.code = code
        self.location = location
        self.timeout = timeout
        self.parameters = parameters
        self.expectation = expectation
    }
}
