/// A file of the content folder that an example brings along (`files=` on its fence, or its
/// page's `files:`): copied into its working folder before each run, part of its cache key,
/// listed and linked on its page and written by its page's notebook.
struct SupportFile: Sendable, Hashable {
    /// Where it lands in the working folder: the name as written, relative to the page's folder,
    /// with `.` and `..` resolved and any leading `../` dropped (`../data/prices.csv` →
    /// `data/prices.csv`).
    let name: String
    /// Its path relative to the content folder (`guide/data/prices.csv`).
    let path: String
    /// Its bytes; empty in a result read back from `results.json`, which keeps `size` and
    /// `fnv1a` only (`merge` shows today's file once they match).
    let bytes: [UInt8]
    let size: Int
    /// FNV-1a of the bytes, 16 hex digits: what the cache key and `results.json` hold.
    let fnv1a: String

    init(name: String, path: String, bytes: [UInt8]) {
        self.name = name
        self.path = path
        self.bytes = bytes
        size = bytes.count
        fnv1a = FNV1a.hex(bytes)
    }

    /// A file known by its digest only (a `results.json` record).
    init(name: String, path: String, size: Int, fnv1a: String) {
        self.name = name
        self.path = path
        bytes = []
        self.size = size
        self.fnv1a = fnv1a
    }

    /// Its copy in the site, beside the examples' sources: `examples/files/<path>`.
    var sitePath: String { "examples/files/" + path }
}
