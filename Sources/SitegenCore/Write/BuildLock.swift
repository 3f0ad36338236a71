import Foundation

/// One build at a time per output folder: an exclusive `flock` on `lock` in the output's work
/// folder (in the cache folder), holding the owner's pid. The kernel drops the lock when the
/// process ends in any way, SIGKILL included, so a lock is never stale; the file stays, empty.
final class BuildLock: @unchecked Sendable {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock of `work`'s output, or fails at once naming the build that holds it.
    static func acquire(_ work: WorkFolder, output: String) throws -> BuildLock {
        let opened = try work.prepare()
        let path = work.lock
        let descriptor: Int32
        do {
            descriptor = try opened.root.openFile("lock")
        } catch let error as SitegenError {
            throw SitegenError(
                .write, path: path, "cannot create the build's lock file: \(error.message)",
                hint: error.message.contains("symbolic link")
                    ? error.hint
                    : "check that \(work.cache) is writable, or pass --cache with another folder")
        }
        // A lock whose file holds no pid was just released: a child spawned by another thread of
        // this process may still share the file between its fork and its exec (close-on-exec
        // closes it then). Wait for that, briefly; a lock that names its build fails at once.
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            var owner = [UInt8](repeating: 0, count: 32)
            let count = owner.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 32, 0) }
            let pid = String(decoding: owner.prefix(max(count, 0)), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            attempts += 1
            if pid.isEmpty, attempts < 40 {
                usleep(25_000)
                continue
            }
            close(descriptor)
            throw SitegenError(
                .write, path: output,
                "another sitegen build (pid \(pid.isEmpty ? "unknown" : pid)) is writing this site (lock \(path)); nothing was changed",
                hint:
                    "wait for it to finish and build again; the lock goes away when that build ends, however it ends"
            )
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return BuildLock(path: path, descriptor: descriptor)
    }

    /// Lets the next build in (also done when the lock is released from memory).
    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }
}
