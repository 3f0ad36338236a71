import Foundation

/// The stamp, or a hash, of every file below a folder, by relative path (links followed).
enum TreeStamps {
    static func of(_ folder: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return stamps }
        for case let relative as String in walker {
            if let stamp = FileStamp.of(folder + "/" + relative) { stamps[relative] = stamp }
        }
        return stamps
    }

    /// A hash of every file's bytes below a folder, by relative path: a `touch` changes stamps
    /// but not this.
    static func digests(_ folder: String) -> [String: String] {
        var digests: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return digests }
        for case let relative as String in walker {
            if let data = FileManager.default.contents(atPath: folder + "/" + relative) {
                digests[relative] = FNV1a.hex(data)
            }
        }
        return digests
    }
}
