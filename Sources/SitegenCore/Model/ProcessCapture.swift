/// Everything observed while one process (and its group) ran.
public struct ProcessCapture: Sendable, Hashable {
    public var outcome: RunOutcome
    /// Wall time from spawn to the root's exit, CLOCK_MONOTONIC, seconds.
    public var wallSeconds: Double
    /// CPU of the root and every child it waited for (wait4's rusage), seconds.
    public var userSeconds: Double
    public var systemSeconds: Double
    /// Largest single process's resident set (wait4's ru_maxrss), bytes.
    public var maxRSSBytes: Int
    /// Output in arrival order, both streams.
    public var chunks: [OutputChunk]
    /// True when output beyond the capture cap was dropped.
    public var truncated: Bool
    /// CLOCK_MONOTONIC nanoseconds at spawn (the clock of Python's `time.monotonic_ns`); 0 when
    /// not spawned for real.
    public var spawnedAt: UInt64 = 0

    public init(
        outcome: RunOutcome, wallSeconds: Double, userSeconds: Double, systemSeconds: Double,
        maxRSSBytes: Int, chunks: [OutputChunk], truncated: Bool = false
    ) {
        self.outcome = outcome
        self.wallSeconds = wallSeconds
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.maxRSSBytes = maxRSSBytes
        self.chunks = chunks
        self.truncated = truncated
    }
}
