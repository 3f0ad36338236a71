/// A runnable example found in the content: what to run and how.
public struct Example: Sendable, Hashable {
    /// Unique across the site: `id=` or `<page>-<n>`.
    public var id: String
    /// Output file of the page that shows it.
    public var page: String
    public var language: String
    public var code: String
    public var location: SourceLocation
    /// Seconds before the whole process group is killed.
    public var timeout: Double
    /// This configuration's values when the block has `params=` (`["workers": "2"]`), else empty.
    public var parameters: [String: String]

    public init(
        id: String, page: String, language: String, code: String, location: SourceLocation,
        timeout: Double, parameters: [String: String] = [:]
    ) {
        self.id = id
        self.page = page
        self.language = language
        self.code = code
        self.location = location
        self.timeout = timeout
        self.parameters = parameters
    }
}
