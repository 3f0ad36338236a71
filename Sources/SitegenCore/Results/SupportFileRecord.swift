/// A support file of an example in `results.json` (`examples[].files`,
/// `measured[].example.files`): where it landed, where it came from, and its bytes' hash.
struct SupportFileRecord: Codable, Sendable, Hashable {
    /// Its path in the example's working folder.
    var name: String
    /// Its path relative to the content folder.
    var path: String
    var bytes: Int
    /// FNV-1a (64 bits, 16 hex digits) of its bytes, as in the cache key.
    var fnv1a: String

    init(_ file: SupportFile) {
        name = file.name
        path = file.path
        bytes = file.size
        fnv1a = file.fnv1a
    }

    /// The file as the model knows it from this record: by its digest, without bytes.
    var model: SupportFile { SupportFile(name: name, path: path, size: bytes, fnv1a: fnv1a) }

    /// The records of `files`; nil (absent from the file) when there are none.
    static func of(_ files: [SupportFile]) -> [SupportFileRecord]? {
        files.isEmpty ? nil : files.map(SupportFileRecord.init)
    }
}
