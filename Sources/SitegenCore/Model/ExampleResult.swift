/// What running one example produced: built once by whoever hands it over (the runner, measured
/// now; the cache, reused), never written into afterwards. A later stage wraps it in a new value
/// (`analyzed(warnings:)`, `reused(as:in:provenance:)`).
public struct ExampleResult: Sendable, Hashable, Codable {
    let example: Example
    let interpreter: Interpreter
    /// The run shown on the page.
    let capture: ProcessCapture
    /// Lines per stream, in arrival order.
    let lines: [OutputLine]
    /// Both streams merged in arrival order: what a terminal would have shown.
    let terminal: String
    /// Every measured run (the shown `capture` is the last one).
    let runs: [RunMeasurement]
    /// Warm-up runs done before them (not measured).
    let warmupRuns: Int
    /// Statistics over `runs`, made with them: they always exist (`stats.runs == 0` when the
    /// example ended before a measured run).
    let stats: ExampleStats
    /// What the Measure stage found about the runs (`RunAnalyzer`).
    let warnings: [MeasurementWarning]
    /// Worker start and end events of the shown run (languages with a side channel).
    let events: [WorkerEvent]
    /// Why the shown run's lines are not attributed to their workers although the language has a
    /// side channel (the interpreter lacks a feature it needs); nil when they are, or cannot be.
    let unattributedReason: String?
    /// The /proc sampler's view of the shown run, when it was sampled.
    let trace: TreeTrace?
    /// The group it was measured with in interleaved rounds, and why measuring stopped.
    let group: GroupReport?
    /// Where and when it was measured, and whether this build measured it or reused it.
    let provenance: Provenance?
    /// The id of the environment it ran in (`sitegen.yml`); nil: the default environment.
    let environment: String?

    /// Every field; `lines` nil: assembled from the capture's chunks.
    init(
        example: Example, interpreter: Interpreter, capture: ProcessCapture,
        environment: String? = nil, provenance: Provenance? = nil, runs: [RunMeasurement] = [],
        warmupRuns: Int = 0, warnings: [MeasurementWarning] = [], lines: [OutputLine]? = nil,
        events: [WorkerEvent] = [], unattributedReason: String? = nil, trace: TreeTrace? = nil,
        group: GroupReport? = nil
    ) {
        self.example = example
        self.interpreter = interpreter
        self.capture = capture
        self.lines = lines ?? LineAssembler.lines(from: capture.chunks)
        self.terminal = LineAssembler.terminalText(from: capture.chunks)
        self.runs = runs
        self.warmupRuns = warmupRuns
        self.stats = ExampleStats(runs)
        self.warnings = warnings
        self.events = events
        self.unattributedReason = unattributedReason
        self.trace = trace
        self.group = group
        self.provenance = provenance
        self.environment = environment
    }

    /// What the runner hands over: the shown run with its attribution, every measured run.
    init(
        example: Example, interpreter: Interpreter, capture: ProcessCapture, environment: String,
        provenance: Provenance, runs: [RunMeasurement], warmupRuns: Int, trace: TreeTrace?,
        attribution: TraceReader.Attribution?, group: GroupReport?
    ) {
        self.init(
            example: example, interpreter: interpreter, capture: capture,
            environment: environment, provenance: provenance, runs: runs, warmupRuns: warmupRuns,
            lines: attribution?.lines, events: attribution?.events ?? [],
            unattributedReason: attribution?.unattributed, trace: trace, group: group)
    }

    /// A copy with everything but what `change` replaces (its one-line callers below).
    private func copy(
        example: Example? = nil, warnings: [MeasurementWarning]? = nil,
        provenance: Provenance? = nil, environment: String? = nil
    ) -> ExampleResult {
        ExampleResult(
            example: example ?? self.example, interpreter: interpreter, capture: capture,
            environment: environment ?? self.environment,
            provenance: provenance ?? self.provenance, runs: runs, warmupRuns: warmupRuns,
            warnings: warnings ?? self.warnings, lines: lines, events: events,
            unattributedReason: unattributedReason, trace: trace, group: group)
    }

    /// The Measure stage's wrapping: the same result with the warnings its runs call for.
    func analyzed(warnings: [MeasurementWarning]) -> ExampleResult {
        copy(warnings: warnings)
    }

    /// The same result with the example's support files (`merge`: a record holds their digests
    /// only, so they come from today's content).
    func with(files: [SupportFile]) -> ExampleResult {
        guard files != example.files else { return self }
        var example = self.example
        example.files = files
        return copy(example: example)
    }

    /// The cache's hand-over: shown for `example` (today's id, page and line) in `environment`,
    /// with the measuring build's provenance marked reused.
    func reused(as example: Example, in environment: String, provenance: Provenance)
        -> ExampleResult
    {
        copy(example: example, provenance: provenance.reused, environment: environment)
    }

    enum CodingKeys: String, CodingKey {
        case example, interpreter, capture, lines, terminal, runs, warmupRuns, stats, warnings
        case events, unattributedReason, trace, group, provenance, environment
    }

    /// The statistics are made again from the runs (an entry of an example that ended before a
    /// measured run has none stored).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        example = try container.decode(Example.self, forKey: .example)
        interpreter = try container.decode(Interpreter.self, forKey: .interpreter)
        capture = try container.decode(ProcessCapture.self, forKey: .capture)
        lines = try container.decode([OutputLine].self, forKey: .lines)
        terminal = try container.decode(String.self, forKey: .terminal)
        runs = try container.decodeIfPresent([RunMeasurement].self, forKey: .runs) ?? []
        warmupRuns = try container.decodeIfPresent(Int.self, forKey: .warmupRuns) ?? 0
        stats = ExampleStats(runs)
        warnings =
            try container.decodeIfPresent([MeasurementWarning].self, forKey: .warnings) ?? []
        events = try container.decodeIfPresent([WorkerEvent].self, forKey: .events) ?? []
        unattributedReason = try container.decodeIfPresent(
            String.self, forKey: .unattributedReason)
        trace = try container.decodeIfPresent(TreeTrace.self, forKey: .trace)
        group = try container.decodeIfPresent(GroupReport.self, forKey: .group)
        provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
        environment = try container.decodeIfPresent(String.self, forKey: .environment)
    }

    /// True when the run ended as the example's fence says it should.
    var isExpected: Bool { example.expectation.accepts(capture.outcome) }
}
