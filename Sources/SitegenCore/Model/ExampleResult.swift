/// What running one example produced.
public struct ExampleResult: Sendable, Hashable, Codable {
    public var example: Example
    public var interpreter: Interpreter
    /// The run shown on the page.
    public var capture: ProcessCapture
    /// Lines per stream, in arrival order.
    public var lines: [OutputLine]
    /// Both streams merged in arrival order: what a terminal would have shown.
    public var terminal: String
    /// Every measured run (the shown `capture` is the last one).
    public var runs: [RunMeasurement] = []
    /// Warm-up runs done before them (not measured).
    public var warmupRuns = 0
    /// Statistics over `runs`, filled in by the Measure stage.
    public var stats: ExampleStats?
    public var warnings: [MeasurementWarning] = []
    /// Worker start and end events of the shown run (Python examples).
    public var events: [WorkerEvent] = []
    /// Why the shown run's lines are not attributed to their workers although the language has a
    /// side channel (the interpreter lacks a feature it needs); nil when they are, or cannot be.
    public var unattributedReason: String?
    /// The /proc sampler's view of the shown run, when it was sampled.
    public var trace: TreeTrace?
    /// The group it was measured with in interleaved rounds, and why measuring stopped.
    public var group: GroupReport?
    /// Where and when it was measured (set by the build; kept when reused from the cache).
    public var provenance: Provenance?
    /// The id of the environment it ran in (`sitegen.yml`); nil: the default environment.
    public var environment: String?

    /// `environment` and `provenance` are facts of whoever hands the result over: the runner
    /// (measured now, in the plan's environment) or the cache (reused, measured then).
    public init(
        example: Example, interpreter: Interpreter, capture: ProcessCapture,
        environment: String? = nil, provenance: Provenance? = nil
    ) {
        self.example = example
        self.interpreter = interpreter
        self.capture = capture
        self.lines = LineAssembler.lines(from: capture.chunks)
        self.terminal = LineAssembler.terminalText(from: capture.chunks)
        self.environment = environment
        self.provenance = provenance
    }

    /// What the runner hands over: the shown run with its attribution, every measured run.
    init(
        example: Example, interpreter: Interpreter, capture: ProcessCapture, environment: String,
        provenance: Provenance, runs: [RunMeasurement], warmupRuns: Int, trace: TreeTrace?,
        attribution: TraceReader.Attribution?, group: GroupReport?
    ) {
        self.init(
            example: example, interpreter: interpreter, capture: capture,
            environment: environment, provenance: provenance)
        self.runs = runs
        self.warmupRuns = warmupRuns
        self.trace = trace
        self.group = group
        if let attribution {
            lines = attribution.lines
            events = attribution.events
            unattributedReason = attribution.unattributed
        }
    }

    /// True when the run ended as the example's fence says it should.
    public var isExpected: Bool { example.expectation.accepts(capture.outcome) }
}
