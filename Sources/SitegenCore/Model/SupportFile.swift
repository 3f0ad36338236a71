/// A file of the content folder that an example brings along (`files=` on its fence, or its
/// page's `files:`): copied into its working folder before each run, part of its cache key,
/// listed and linked on its page and written by its page's notebook.
public struct SupportFile: Sendable, Hashable {
    /// Where it lands in the working folder: the name as written, relative to the page's folder,
    /// with `.` and `..` resolved and any leading `../` dropped (`../data/prices.csv` →
    /// `data/prices.csv`).
    public var name: String
    /// Its path relative to the content folder (`guide/data/prices.csv`).
    public var path: String
    public var bytes: [UInt8]

    public init(name: String, path: String, bytes: [UInt8]) {
        self.name = name
        self.path = path
        self.bytes = bytes
    }

    /// Its copy in the site, beside the examples' sources: `examples/files/<path>`.
    public var sitePath: String { "examples/files/" + path }
}
