import Foundation

/// The stamp, or a hash, of every file below a folder, by relative path (links followed for the
/// stamp, never descended into). Walks with `readdir` and `stat`: FileManager's enumerator
/// costs a warm no-op build more than the calls themselves.
enum TreeStamps {
    static func of(_ folder: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        walk(folder, "") { relative, stamp, _ in stamps[relative] = stamp }
        return stamps
    }

    /// A hash of every file's bytes below a folder, by relative path: a `touch` changes stamps
    /// but not this.
    static func digests(_ folder: String) -> [String: String] {
        var paths: [String] = []
        walk(folder, "") { relative, _, isFile in if isFile { paths.append(relative) } }
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

    /// The bytes of the file at `path` (links followed), nil when it cannot be read. Plain
    /// `open`/`read`: FileManager's `contents(atPath:)` costs more than the read itself.
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

    /// Calls `visit` with every entry below `root + "/" + prefix` (relative path, stamp, whether
    /// it is a regular file), folders before what they hold; links are stamped, not entered.
    private static func walk(
        _ root: String, _ prefix: String, _ visit: (String, FileStamp, Bool) -> Void
    ) {
        guard let stream = opendir(prefix.isEmpty ? root : root + "/" + prefix) else { return }
        defer { closedir(stream) }
        while let record = readdir(stream) {
            let name = withUnsafeBytes(of: record.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let path = root + "/" + relative
            var info = stat()
            guard stat(path, &info) == 0 else { continue }  // a dangling link: no stamp
            let stamp = FileStamp(
                seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
                size: Int(info.st_size), inode: UInt64(info.st_ino))
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            visit(relative, stamp, info.st_mode & S_IFMT == S_IFREG)
            guard isFolder else { continue }
            var own = stat()
            if lstat(path, &own) == 0, own.st_mode & S_IFMT == S_IFDIR {
                walk(root, relative, visit)
            }
        }
    }
}
