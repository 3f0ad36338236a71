/// Where one worker's life went during one run: running on a core, waiting for a core, blocked.
///
/// A worker is one thread of one process of the example's tree (a process's main thread stands
/// for the process). The kernel counts, per thread, the nanoseconds it ran on a CPU and the
/// nanoseconds it was runnable but waited for one (`/proc/PID/task/TID/schedstat` fields 1 and
/// 2, `run_delay`); the rest of its life it was blocked: sleeping on a lock, on I/O, on the GIL,
/// or waiting for its children.
struct WorkerTime: Sendable, Hashable, Codable {
    /// Which reading the figures come from.
    enum Source: String, Sendable, Hashable, Codable {
        /// The Python side channel read the thread's own schedstat when it started and when it
        /// ended (or its process ended): exact to the end, even between two samples.
        case sideChannel = "side_channel"
        /// The /proc sampler's first and last reading: the life from the thread's start time
        /// (`/proc/.../stat`, 10 ms ticks) to the last sample that saw it, so up to one sample
        /// interval of a short thread's end is missed by all three figures alike.
        case sampler
    }

    let pid: Int32
    /// Native thread id; equal to `pid` for a process's main thread.
    let tid: Int32
    /// The thread's name: Python's `threading` name from the side channel, else the kernel's
    /// `comm` (the program's name for a main thread).
    let thread: String
    /// The process's name: Python's `multiprocessing` name from the side channel, else `comm`.
    let process: String
    /// The process that started this worker's process (nil for the root, or where unknown).
    let parentPID: Int32?
    /// The process sitegen started (the example's root).
    let isRoot: Bool
    /// A process's main thread that started other workers of the tree (threads of its own or
    /// child processes): it spends its life waiting for them (`join`) by design.
    let waitsForChildren: Bool
    /// Seconds since spawn (CLOCK_MONOTONIC) of the start of the counted life.
    let start: Double
    let lifetimeNs: UInt64
    let runningNs: UInt64
    /// Runnable but not on a CPU: other programs (or the example's other workers) had the cores.
    let waitingNs: UInt64
    let source: Source

    init(
        pid: Int32, tid: Int32, thread: String, process: String, parentPID: Int32? = nil,
        isRoot: Bool,
        waitsForChildren: Bool, start: Double, lifetimeNs: UInt64, runningNs: UInt64,
        waitingNs: UInt64, source: Source
    ) {
        self.pid = pid
        self.tid = tid
        self.thread = thread
        self.process = process
        self.parentPID = parentPID
        self.isRoot = isRoot
        self.waitsForChildren = waitsForChildren
        self.start = start
        self.lifetimeNs = lifetimeNs
        self.runningNs = runningNs
        self.waitingNs = waitingNs
        self.source = source
    }

    /// Lifetime − running − waiting (never negative: the three readings are not taken at the
    /// same instant, so a spinning thread can show a few µs more than its life).
    var blockedNs: UInt64 {
        lifetimeNs > runningNs + waitingNs ? lifetimeNs - runningNs - waitingNs : 0
    }

    /// True for a process's main thread.
    var isMainThread: Bool { tid == pid }

    /// `process/thread`, as the line table labels a worker.
    var label: String { "\(process)/\(thread)" }
}
