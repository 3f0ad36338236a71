/// A deterministic executor for tests: answers each request from a script instead of spawning.
struct ScriptedExecutor: ProcessExecutor {
    /// Returns the capture for a request (matched by whatever the test likes, e.g. the source).
    var respond: @Sendable (ProcessRequest) -> ProcessCapture

    init(respond: @escaping @Sendable (ProcessRequest) -> ProcessCapture) {
        self.respond = respond
    }

    func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws
        -> ProcessCapture
    {
        respond(request)
    }

    /// A capture whose stdout lines arrive at the given times (seconds).
    static func capture(
        lines: [(time: Double, stream: OutputStream, text: String)], wall: Double,
        outcome: RunOutcome = .exited(code: 0)
    ) -> ProcessCapture {
        ProcessCapture(
            outcome: outcome, wallSeconds: wall, userSeconds: wall / 10, systemSeconds: wall / 100,
            maxRSSBytes: 10 << 20,
            chunks: lines.map {
                OutputChunk(time: $0.time, stream: $0.stream, bytes: Array(($0.text + "\n").utf8))
            })
    }
}
