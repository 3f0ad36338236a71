/// Runs one process to completion. The real one spawns; a scripted one makes tests deterministic.
protocol ProcessExecutor: Sendable {
    /// Runs `request`, calling `observer` (when given) about every `observer.interval` seconds
    /// while the process group lives. Throws only when the process could not be started.
    func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws -> ProcessCapture
}

extension ProcessExecutor {
    func run(_ request: ProcessRequest) throws -> ProcessCapture {
        try run(request, observer: nil)
    }
}

/// Watches a running process tree (the /proc sampler is one).
protocol ProcessObserver: AnyObject {
    /// Seconds between calls to `observe`.
    var interval: Double { get }
    /// Called at start, then every `interval`, then once after the root exits.
    /// `elapsed` is seconds since spawn; `rootPID` is also the process group id.
    func observe(rootPID: Int32, elapsed: Double)
}
