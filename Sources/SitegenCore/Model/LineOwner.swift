/// The process and thread that printed a line, from the Python side channel.
public struct LineOwner: Sendable, Hashable, Codable {
    public let pid: Int32
    /// Native thread id.
    public let tid: Int32
    /// `threading.current_thread().name`.
    public let thread: String
    /// `multiprocessing.current_process().name`.
    public let process: String

    public init(pid: Int32, tid: Int32, thread: String, process: String) {
        self.pid = pid
        self.tid = tid
        self.thread = thread
        self.process = process
    }

    /// A short label for a worker column: `MainProcess/MainThread`.
    public var label: String { "\(process)/\(thread)" }
}

/// A worker (process or thread) starting or ending, from the Python side channel.
public struct WorkerEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case processStart = "proc_start"
        case processEnd = "proc_end"
        case threadStart = "thread_start"
        case threadEnd = "thread_end"
    }

    public let kind: Kind
    /// Seconds since spawn (CLOCK_MONOTONIC).
    public let time: Double
    public let pid: Int32
    public let tid: Int32?
    /// Thread name for thread events, process name for process events.
    public let name: String
    /// Start method (fork, spawn, forkserver, main) for process starts.
    public let method: String?
    public let exitCode: Int?
    /// The worker's schedstat at that instant, read by the worker itself (ns on a CPU, ns
    /// runnable but waiting for one); nil where the side channel could not read it.
    public let runningNs: UInt64?
    public let waitingNs: UInt64?

    public init(
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
