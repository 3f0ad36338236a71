/// What running one example produced.
public struct ExampleResult: Sendable, Hashable {
    public var example: Example
    public var interpreter: Interpreter
    /// The run shown on the page.
    public var capture: ProcessCapture
    /// Lines per stream, in arrival order.
    public var lines: [OutputLine]
    /// Both streams merged in arrival order: what a terminal would have shown.
    public var terminal: String

    public init(example: Example, interpreter: Interpreter, capture: ProcessCapture) {
        self.example = example
        self.interpreter = interpreter
        self.capture = capture
        self.lines = LineAssembler.lines(from: capture.chunks)
        self.terminal = LineAssembler.terminalText(from: capture.chunks)
    }

    /// True when the run ended as the example's fence says it should.
    public var isExpected: Bool { example.expectation.accepts(capture.outcome) }
}
