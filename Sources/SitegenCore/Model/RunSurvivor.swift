/// A process of an example's tree that was still alive when the timeout killed the tree.
struct RunSurvivor: Sendable, Hashable, Codable {
    let pid: Int32
    let parentPID: Int32
    /// Its command line (`/proc/PID/cmdline`, arguments joined with spaces, shortened).
    let command: String
    /// True for the example's own process (the interpreter sitegen started); false for workers.
    let isRoot: Bool

    init(pid: Int32, parentPID: Int32, command: String, isRoot: Bool = false) {
        self.pid = pid
        self.parentPID = parentPID
        self.command = command
        self.isRoot = isRoot
    }
}
