import Foundation

/// The stamp, or a hash, of every file below a folder, by relative path (links followed for the
/// stamp, linked folders not entered: `FileTree.walk`).
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
                bytes(folder + "/" + relative).map { FNV1a.hex($0) }
            }) ?? []
        var digests: [String: String] = [:]
        for (relative, digest) in zip(paths, hashed) where digest != nil {
            digests[relative] = digest
        }
        return digests
    }

    /// The bytes of the file at `path` (links followed), nil when it cannot be read (a folder
    /// included). Plain `open`/`read`: FileManager's `contents(atPath:)` costs a warm no-op build
    /// more than the reads themselves.
    static func bytes(_ path: String) -> [UInt8]? {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }
}
