/// The process and thread that printed a line, from the Python side channel.
struct LineOwner: Sendable, Hashable, Codable {
    let pid: Int32
    /// Native thread id.
    let tid: Int32
    /// `threading.current_thread().name`.
    let thread: String
    /// `multiprocessing.current_process().name`.
    let process: String

    init(pid: Int32, tid: Int32, thread: String, process: String) {
        self.pid = pid
        self.tid = tid
        self.thread = thread
        self.process = process
    }

    /// A short label for a worker column: `MainProcess/MainThread`.
    var label: String { "\(process)/\(thread)" }
}

/// A worker (process or thread) starting or ending, from the Python side channel.
struct WorkerEvent: Sendable, Hashable, Codable {
    enum Kind: String, Sendable, Hashable, Codable {
        case processStart = "proc_start"
        case processEnd = "proc_end"
        case threadStart = "thread_start"
        case threadEnd = "thread_end"
    }

    let kind: Kind
    /// Seconds since spawn (CLOCK_MONOTONIC).
    let time: Double
    let pid: Int32
    let tid: Int32?
    /// Thread name for thread events, process name for process events.
    let name: String
    /// Start method (fork, spawn, forkserver, main) for process starts.
    let method: String?
    let exitCode: Int?
    /// The worker's schedstat at that instant, read by the worker itself (ns on a CPU, ns
    /// runnable but waiting for one); nil where the side channel could not read it.
    let runningNs: UInt64?
    let waitingNs: UInt64?

    init(
        kind: Kind, time: Double, pid: Int32, tid: Int32?, name: String, method: String? = nil,
        exitCode: Int? = nil, runningNs: UInt64? = nil, waitingNs: UInt64? = nil
    ) {
        self.kind = kind
        self.time = time
        self.pid = pid
        self.tid = tid
        self.name = name
        self.method = method
        self.exitCode = exitCode
        self.runningNs = runningNs
        self.waitingNs = waitingNs
    }
}
