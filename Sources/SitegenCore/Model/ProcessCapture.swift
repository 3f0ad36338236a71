/// Everything observed while one process (and its group) ran.
struct ProcessCapture: Sendable, Hashable, Codable {
    let outcome: RunOutcome
    /// Wall time from spawn to the root's exit, CLOCK_MONOTONIC, seconds.
    let wallSeconds: Double
    /// CPU of the root and every child it waited for (wait4's rusage), seconds.
    let userSeconds: Double
    let systemSeconds: Double
    /// Largest single process's resident set (wait4's ru_maxrss), bytes.
    let maxRSSBytes: Int
    /// Output in arrival order, both streams.
    let chunks: [OutputChunk]
    /// True when output beyond the capture cap was dropped.
    let truncated: Bool
    /// Every byte read from both pipes, kept or dropped (equals the kept bytes unless truncated).
    let totalBytes: Int
    /// The cap on kept bytes that applied to this run (`SpawnExecutor.defaultCaptureLimit`).
    let captureLimit: Int
    /// Processes of the tree still alive when the timeout killed it (empty unless timed out).
    let survivors: [RunSurvivor]

    /// Bytes of output kept in `chunks`.
    var keptBytes: Int { chunks.reduce(0) { $0 + $1.bytes.count } }
    /// CLOCK_MONOTONIC nanoseconds at spawn (the clock of Python's `time.monotonic_ns`); 0 when
    /// not spawned for real.
    let spawnedAt: UInt64
    /// Involuntary context switches (wait4's `ru_nivcsw`: the root and the children it waited
    /// for); nil when not spawned for real.
    let involuntarySwitches: Int?

    init(
        outcome: RunOutcome, wallSeconds: Double, userSeconds: Double, systemSeconds: Double,
        maxRSSBytes: Int, chunks: [OutputChunk], truncated: Bool = false, totalBytes: Int? = nil,
        captureLimit: Int = SpawnExecutor.defaultCaptureLimit, survivors: [RunSurvivor] = [],
        spawnedAt: UInt64 = 0, involuntarySwitches: Int? = nil
    ) {
        self.spawnedAt = spawnedAt
        self.involuntarySwitches = involuntarySwitches
        self.outcome = outcome
        self.wallSeconds = wallSeconds
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.maxRSSBytes = maxRSSBytes
        self.chunks = chunks
        self.truncated = truncated
        self.totalBytes = totalBytes ?? chunks.reduce(0) { $0 + $1.bytes.count }
        self.captureLimit = captureLimit
        self.survivors = survivors
    }
}
