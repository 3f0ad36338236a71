/// A runnable example on its page: source, terminal output, timed lines, timeline, outcome.
enum ExampleView {
    /// Lines shown in the per-line table and the timeline; the terminal view shows all kept output.
    static let maxShownLines = 1000

    static func node(_ block: CodeBlock, result: ExampleResult) -> Node {
        let example = result.example
        let capture = result.capture
        var parts: [Node] = [
            .el(
                "p", [("class", "example-label")],
                [
                    .text("Runnable example "), .el("code", text: example.id),
                ] + provenance(result)),
            CodeView.node(block),
            downloads(example),
            .el("h4", text: "Output, as a terminal showed it"),
            TerminalView.node(result),
        ]
        if capture.truncated { parts.append(FailureView.truncation(capture)) }
        if !capture.survivors.isEmpty { parts.append(FailureView.survivors(result)) }
        parts.append(.el("h4", text: "Each line, when it arrived"))
        let shown = Array(result.lines.prefix(maxShownLines))
        let attributed = shown.contains { $0.owner != nil }
        parts.append(attributed ? AttributedLinesView.node(shown) : linesTable(shown))
        if result.lines.count > maxShownLines {
            parts.append(FailureView.hiddenLines(result.lines.count))
        }
        parts.append(.el("h4", text: "Timeline"))
        if let lanes = swimlane(result) {
            parts.append(lanes.figure)
        } else {
            let chart = timeline(result)
            parts.append(.el("figure", [("class", "chart")], [chart.svg]))
            parts.append(timelineData(chart))
        }
        parts.append(outcomeLine(result))
        if let stats = StatsView.node(result) {
            parts += [.el("h4", text: "Measured runs"), stats]
        }
        if let warnings = WarningsView.node(result.warnings) { parts.append(warnings) }
        let state = result.isExpected ? "ok" : "failed"
        return .el(
            "section", [("class", "example \(state)"), ("id", "example-\(example.id)")], parts)
    }

    /// Where and when the figures were measured: a result reused from the execution cache may come
    /// from another day or machine.
    static func provenance(_ result: ExampleResult) -> [Node] {
        let interpreter = "\(result.interpreter.language) \(result.interpreter.version)"
        guard let provenance = result.provenance else {
            return [.text(" — run when this site was built with \(interpreter)")]
        }
        return [
            .text(" — run with \(interpreter) "),
            .el(
                "small", [("class", "provenance")],
                text: "measured on \(provenance.hostname), \(provenance.shortDate)"),
        ]
    }

    static func timeline(_ result: ExampleResult) -> TimelineChart {
        let streamLanes = [OutputStream.stdout, .stderr].compactMap {
            stream -> TimelineChart.Lane? in
            let marks = result.lines.prefix(maxShownLines).filter { $0.stream == stream }
                .map { (time: $0.time, text: $0.text) }
            return marks.isEmpty && stream == .stderr
                ? nil : TimelineChart.Lane(label: stream.rawValue, marks: marks)
        }
        let attributed = result.lines.contains { $0.owner != nil }
        let lanes =
            attributed
            ? AttributedLinesView.lanes(Array(result.lines.prefix(maxShownLines))) : streamLanes
        return TimelineChart(
            title: "When each line of \(result.example.id) arrived", lanes: lanes,
            duration: max(result.capture.wallSeconds, result.lines.last?.time ?? 0))
    }

    /// Links to the example's source and its raw capture, written beside the page.
    static func downloads(_ example: Example) -> Node {
        let source = example.sourceFilePath
        let capture = example.captureFilePath
        return .el(
            "p", [("class", "downloads")],
            [
                .text("Download: "),
                .el(
                    "a", [("href", source), ("download", "")],
                    text: "source (\(source.split(separator: "/").last!))"),
                .text(" · "),
                .el(
                    "a", [("href", capture), ("download", "")],
                    text: "raw capture (\(capture.split(separator: "/").last!))"),
            ] + notebookLink(example))
    }

    /// The page as a Jupyter notebook, offered next to each of its Python examples.
    static func notebookLink(_ example: Example) -> [Node] {
        guard NotebookDocument.isPython(example.language) else { return [] }
        let notebook = NotebookDocument.path(forPage: example.page)
        return [
            .text(" · "),
            .el(
                "a", [("href", notebook), ("download", "")],
                text: "this page as a notebook (\(notebook))"),
        ]
    }

    /// The timeline's data as a table, for readers who cannot see the chart.
    static func timelineData(_ chart: TimelineChart) -> Node {
        let rows = chart.lanes.flatMap { lane in
            lane.marks.map { mark in
                Node.el(
                    "tr",
                    [
                        .el("td", text: lane.label),
                        .el("td", [("class", "num")], text: Format.milliseconds(mark.time)),
                        .el("td", [.el("code", text: mark.text)]),
                    ])
            }
        }
        let header: Node = .el(
            "tr", ["row", "ms", "line"].map { .el("th", [("scope", "col")], text: $0) })
        return .el(
            "details", [("class", "data")],
            [
                .el("summary", text: "Timeline data as a table"),
                .el(
                    "table",
                    [.el("caption", text: chart.title), .el("thead", [header]), .el("tbody", rows)]),
            ])
    }

    static func linesTable(_ lines: [OutputLine]) -> Node {
        let rows = lines.map { line in
            Node.el(
                "tr", [("class", line.stream.rawValue)],
                [
                    .el("td", [("class", "num")], text: Format.milliseconds(line.time)),
                    .el("td", text: line.stream.rawValue),
                    .el("td", [.el("code", text: line.text)]),
                ])
        }
        let header: Node = .el(
            "tr",
            [
                .el("th", [("scope", "col")], text: "ms"),
                .el("th", [("scope", "col")], text: "stream"),
                .el("th", [("scope", "col")], text: "line"),
            ])
        let caption =
            "\(lines.count) lines; time is milliseconds since the example started (monotonic clock), when the line's first byte was read"
        return .el(
            "table", [("class", "lines")],
            [
                .el("caption", text: caption), .el("thead", [header]), .el("tbody", rows),
            ])
    }

    static func outcomeLine(_ result: ExampleResult) -> Node {
        let capture = result.capture
        return .el(
            "p", [("class", "outcome")],
            [
                .el("strong", text: result.isExpected ? "✓ " : "✗ "),
                .text(
                    "\(capture.outcome.summary)\(FailureView.expectationNote(result)); wall time \(Format.seconds(capture.wallSeconds)) (monotonic clock, spawn to exit); CPU user \(Format.seconds(capture.userSeconds)), system \(Format.seconds(capture.systemSeconds)) (wait4: the process and the children it waited for)."
                ),
            ])
    }
}
