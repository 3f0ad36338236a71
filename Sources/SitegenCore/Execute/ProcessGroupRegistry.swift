import Foundation

/// The process groups of examples running now, so an interrupted build can kill them all.
public final class ProcessGroupRegistry: @unchecked Sendable {
    public static let shared = ProcessGroupRegistry()

    private let lock = NSLock()
    private var groups: Set<Int32> = []
    private var cancelled = false

    /// True once `killAll(cancelling: true)` ran: no new example may start.
    var isCancelled: Bool { lock.withLock { cancelled } }

    /// Registers a group; returns false (and kills it) when the build was already cancelled.
    func insert(_ pgid: Int32) -> Bool {
        lock.withLock {
            if cancelled {
                kill(-pgid, SIGKILL)
                return false
            }
            groups.insert(pgid)
            return true
        }
    }

    func remove(_ pgid: Int32) {
        lock.withLock { _ = groups.remove(pgid) }
    }

    /// Kills every registered group with SIGKILL; with `cancelling`, refuses later starts.
    public func killAll(cancelling: Bool) {
        lock.withLock {
            if cancelling { cancelled = true }
            for pgid in groups { kill(-pgid, SIGKILL) }
        }
    }
}
