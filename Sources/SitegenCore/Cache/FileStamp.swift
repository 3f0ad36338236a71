import Foundation

/// A file's identity as `stat` sees it: modification time, size and inode. A changed stamp
/// means the file may have changed.
struct FileStamp: Sendable, Hashable, Codable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int
    var inode: UInt64

    /// The stamp of the file `path` names (symbolic links followed); nil when it does not exist.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(
            seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
            size: Int(info.st_size), inode: UInt64(info.st_ino))
    }
}
