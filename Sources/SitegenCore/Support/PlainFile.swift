import Foundation

/// Writes files with plain POSIX calls: Foundation's `Data.write` and `createFile` fsync every
/// file, which costs milliseconds each (between timed runs, and per cache entry).
enum PlainFile {
    /// Creates or truncates `path` and writes `bytes` to it.
    static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw CocoaError(.fileWriteUnknown) }
                offset += written
            }
        }
    }

    /// Writes beside `path`, then renames over it: readers see the old file or the new one,
    /// never half of one (no fsync: a cache file lost in a crash is only re-measured).
    static func replace<Bytes: ContiguousBytes>(_ bytes: Bytes, at path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        try write(bytes, to: temporary)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
