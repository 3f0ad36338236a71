import Foundation

/// One build at a time per output folder: an exclusive `flock` on `.NAME.lock` beside it, holding
/// the owner's pid. The kernel drops the lock when the process ends, so it is never stale.
public final class BuildLock: @unchecked Sendable {
    public let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file's path for an output folder: `parent/.site.lock` for `parent/site`.
    public static func path(for output: String) -> String {
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        return "\(parent)/.\((target as NSString).lastPathComponent).lock"
    }

    /// Takes the lock for `output`, or fails at once naming the build that holds it.
    public static func acquire(for output: String) throws -> BuildLock {
        let path = path(for: output)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SitegenError(
                .write, path: parent, "cannot create the folder that will hold the site",
                hint: "choose an --output folder in a writable place")
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw SitegenError(
                .write, path: parent, "cannot write in the output folder's parent (\(reason))",
                hint:
                    "fix its permissions or choose another --output; the previous site is untouched"
            )
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let owner = String(
                decoding: (try? FileHandle(fileDescriptor: descriptor).readToEnd()) ?? Data(),
                as: UTF8.self
            )
            .trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            throw SitegenError(
                .write, path: output,
                "another sitegen build (pid \(owner.isEmpty ? "unknown" : owner)) is writing this site (lock \(path))",
                hint: "wait for it to finish; the lock goes away when that build ends")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(path: path, descriptor: descriptor)
    }

    /// Lets the next build in (also done when the lock is released from memory).
    public func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }
}
