import Foundation

/// The stamp, or a hash, of every file below a folder, by relative path (links followed).
enum TreeStamps {
    static func of(_ folder: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for entry in FileTree.walk(folder) {
            if let stamp = FileStamp.of(folder + "/" + entry.path) { stamps[entry.path] = stamp }
        }
        return stamps
    }

    /// A hash of every file's bytes below a folder, by relative path: a `touch` changes stamps
    /// but not this.
    static func digests(_ folder: String) -> [String: String] {
        // Folders hash to nothing; files and links to files are read.
        let paths = FileTree.walk(folder).filter { $0.kind != .directory }.map(\.path)
        // Read and hashed on every core: 10,000 pages are 80 MB.
        let hashed =
            (try? paths.parallelMap { relative in
                FileManager.default.contents(atPath: folder + "/" + relative).map { FNV1a.hex($0) }
            }) ?? []
        var digests: [String: String] = [:]
        for (relative, digest) in zip(paths, hashed) where digest != nil {
            digests[relative] = digest
        }
        return digests
    }
}
