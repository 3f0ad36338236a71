/// A runnable example on its page: source, terminal output, timed lines, timeline, outcome.
enum ExampleView {
    /// Lines shown in the per-line table and the timeline; the terminal view shows all kept output.
    static let maxShownLines = 1000

    /// The example's section. `folded` (an example a chart on its page summarises) keeps the
    /// code, the output and a one-line summary in view and folds the rest into a `<details>`.
    static func node(
        _ block: CodeBlock, result: ExampleResult, context: RenderContext, folded: Bool = false
    ) -> Node {
        let example = result.example
        var parts: [Node] = [
            .el(
                "p", [("class", "example-label")],
                [
                    .text("Runnable example "), .el("code", text: example.id),
                    .text(
                        " — run with \(result.interpreter.language) \(result.interpreter.version)"),
                ])
        ]
        let code = CodeView.node(block)
        // Its downloads, then the support files it brings, each linked.
        let downloads = [downloads(example)] + (supportFiles(example).map { [$0] } ?? [])
        let runs = context.environmentResults(example.id)
        var shown: [Node]
        var others: [Node] = []
        if let main = runs.first, runs.count > 1 {
            // The main environment in full; the others in a line each, with their runs folded:
            // three environments do not make the page three times as long.
            shown = results(
                main.1, context: context, folded: folded,
                coresAvailable: cores(main.0, context), environment: main.0)
            others = [EnvironmentsView.others(runs, context: context)]
        } else {
            shown = results(
                result, context: context, folded: folded, coresAvailable: context.coresAvailable)
        }
        if folded, shown.count >= 2 {
            // A charted example's code and its output side by side where the column is wide:
            // the chart below compares them, so the page shows each program in a screen's height.
            parts +=
                downloads + [
                    .el(
                        "div", [("class", "code-and-output")],
                        [code, .el("div", [("class", "output")], Array(shown.prefix(2)))])
                ]
            shown.removeFirst(2)
        } else {
            parts += [code] + downloads
        }
        parts += shown + others
        let state = result.isExpected ? "ok" : "failed"
        return .el(
            "section",
            [
                ("class", "example \(state)\(folded ? " charted" : "")"),
                ("id", "example-\(example.id)"),
            ], parts)
    }

    /// The cores the environment could use, else the build's.
    static func cores(_ run: EnvironmentRun, _ context: RenderContext) -> Int {
        run.machine.coresAvailable > 0 ? run.machine.coresAvailable : context.coresAvailable
    }

    /// What one run of the example showed: output, outcome, warnings, each line, the timeline,
    /// the measured runs and how they were measured.
    /// `environment`: the main one of several, named in the output's heading.
    static func results(
        _ result: ExampleResult, context: RenderContext, folded: Bool, coresAvailable: Int,
        environment: EnvironmentRun? = nil
    ) -> [Node] {
        let example = result.example
        let capture = result.capture
        let startup = StartupTime.of(
            result.interpreter.language, in: (environment?.machine ?? context.machine).startups)
        let heading =
            environment.map { run in
                let changes = EnvironmentLabel.changes(run.environment.spec)
                return "Output on \(run.environment.spec.label)"
                    + (changes.isEmpty ? "" : " (\(changes.joined(separator: "; ")))")
                    + ", as a terminal showed it"
            } ?? "Output, as a terminal showed it"
        var parts: [Node] = [
            .el("h4", text: heading),
            TerminalView.node(result),
        ]
        if capture.truncated { parts.append(FailureView.truncation(capture)) }
        if !capture.survivors.isEmpty { parts.append(FailureView.survivors(result)) }
        // A folded example says its outcome on the fold itself: one line instead of two.
        if !folded { parts.append(outcomeLine(result, startup: startup)) }
        // The page gathers its examples' warnings into one notice per kind (PageNoticesView).
        if !context.gathersNotices, let warnings = WarningsView.node(result.warnings) {
            parts.append(warnings)
        }
        var detail: [Node] = [.el("h4", text: "Each line, when it arrived")]
        let shown = Array(result.lines.prefix(maxShownLines))
        let attributed = shown.contains { $0.owner != nil }
        let colours = context.palette.worker(result)
        detail.append(
            attributed ? AttributedLinesView.node(shown, colours: colours) : linesTable(shown))
        if result.lines.count > maxShownLines {
            detail.append(FailureView.hiddenLines(result.lines.count))
        }
        detail.append(.el("h4", text: "Timeline"))
        if let lanes = swimlane(result, colours: colours) {
            detail.append(
                figure(
                    lanes,
                    caption:
                        "When each worker of \(example.id) was alive (bars) and when it printed each line (ticks), in seconds since the program started. Each worker has the colour of its rows in the table above."
                ))
        } else {
            let chart = timeline(result)
            detail.append(
                .el(
                    "figure", [("class", "chart")],
                    [
                        .el(
                            "figcaption",
                            text:
                                "When each line of \(example.id) arrived, in milliseconds since the program started: one row per output stream, a tick per line."
                        ),
                        ChartDrawing.node(chart),
                        timelineData(chart),
                    ]))
        }
        if let stats = StatsView.node(result, startup: startup) {
            detail += [.el("h4", text: "Measured runs"), stats]
        }
        detail.append(method(result, coresAvailable: coresAvailable))
        if folded {
            parts.append(
                .el(
                    "details", [("class", "example-detail")],
                    [
                        .el(
                            "summary",
                            [("class", "outcome")],
                            outcomeParts(result, short: true, startup: startup) + [
                                .el(
                                    "span", [("class", "fold-hint")],
                                    text: " — each line, the timeline, every run")
                            ])
                    ] + detail))
        } else {
            parts += detail
        }
        return parts
    }

    /// A chart with its caption, the SVG in its own scroll box, and its data.
    static func figure(_ chart: some Chart, caption: String) -> Node {
        .el(
            "figure", [("class", "chart")],
            [
                .el("figcaption", text: caption),
                ChartDrawing.node(chart), chart.dataTable,
            ])
    }

    /// How the figures were taken, for readers who want the detail: clocks, system calls,
    /// sampling, and where and when the run happened. Folded.
    static func method(_ result: ExampleResult, coresAvailable: Int) -> Node {
        var items: [Node] = [
            .el(
                "li",
                text:
                    "Wall time is read from the monotonic clock, from the moment the process was spawned to its exit."
            ),
            .el(
                "li",
                text:
                    "CPU time (user and system) comes from wait4: the process and the children it waited for."
            ),
            .el(
                "li",
                text: result.runs.allSatisfy(\.treeSampled)
                    ? "Memory is the tree's summed RSS, sampled from /proc every 10 ms; pages shared copy-on-write count in every process that maps them."
                    : "Memory is the largest single process's peak (wait4's ru_maxrss)."),
        ]
        if let trace = result.trace, !trace.samples.isEmpty {
            let peak = CPUTraceChart.clamped(trace.peakCores, available: coresAvailable)
            items.append(
                .el(
                    "li",
                    text:
                        "The shown run, sampled from /proc every 10 ms: up to \(trace.peakProcesses) process\(trace.peakProcesses == 1 ? "" : "es") alive at once, "
                        + "up to \(StatsView.cores(peak)) cores busy in a 10 ms interval, \(Format.seconds(trace.cpuSeconds)) of CPU "
                        + "over the whole tree (schedstat), peak tree RSS \(Format.bytes(trace.peakRSSBytes))."
                ))
        }
        items.append(
            .el(
                "li",
                text:
                    "Outcome of the shown run: \(result.capture.outcome.summary)\(FailureView.expectationNote(result)); user CPU \(Format.seconds(result.capture.userSeconds)), system CPU \(Format.seconds(result.capture.systemSeconds))."
            ))
        if let provenance = result.provenance {
            // Where and when, whether this build measured it or took it from the cache: a rebuild
            // from the cache writes the same bytes (the build's log says what it reused).
            items.append(
                .el(
                    "li",
                    text: "Measured on \(provenance.hostname), \(provenance.shortDate)."))
        }
        return .el(
            "details", [("class", "method")],
            [.el("summary", text: "How these figures were measured"), .el("ul", items)])
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

    /// The support files copied into the example's working folder, each linked to its copy.
    static func supportFiles(_ example: Example) -> Node? {
        guard !example.files.isEmpty else { return nil }
        var links: [Node] = []
        for file in example.files {
            if !links.isEmpty { links.append(.text(" · ")) }
            links.append(
                .el(
                    "a", [("href", file.sitePath), ("download", "")], [.el("code", text: file.name)]
                )
            )
        }
        return .el(
            "p", [("class", "downloads")],
            [.text("Files copied into its working folder before each run: ")] + links)
    }

    /// The page as a Jupyter notebook, offered next to each of its examples in a language with a
    /// notebook kernel.
    static func notebookLink(_ example: Example) -> [Node] {
        guard NotebookDocument.kernel(example.language) != nil else { return [] }
        let notebook = NotebookDocument.path(forPage: example.page)
        return [
            .text(" · "),
            .el(
                "a", [("href", notebook), ("download", "")],
                text: "page as notebook (\(notebook))"),
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
                    .el(
                        "td", [("class", "num"), ("data-label", "ms")],
                        text: Format.milliseconds(line.time)),
                    .el(
                        "td", [("class", "stream"), ("data-label", "stream")],
                        text: line.stream.rawValue),
                    .el("td", [("class", "text")], [.el("code", text: line.text)]),
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
            "\(lines.count == 1 ? "1 line" : "\(lines.count) lines"), each with when it arrived, in milliseconds since the program started"
        return .el(
            "table", [("class", "lines")],
            [
                .el("caption", text: caption), .el("thead", [header]), .el("tbody", rows),
            ])
    }

    /// "of which start-up: 131.4 ms (an empty python program, median of 20 runs)".
    static func ofWhichStartup(_ startup: StartupTime) -> String {
        "of which start-up: \(Format.seconds(startup.median)) (an empty \(startup.language) program, median of \(startup.walls.count) runs)"
    }

    /// The outcome and the headline figure in one plain sentence.
    static func outcomeLine(_ result: ExampleResult, startup: StartupTime? = nil) -> Node {
        .el("p", [("class", "outcome")], outcomeParts(result, startup: startup))
    }

    /// The outcome sentence's mark and text; `short` (a fold's line): the outcome and the median
    /// with its range, in a few words. `startup`: the environment's interpreter start-up, said
    /// beside the time it is part of.
    static func outcomeParts(
        _ result: ExampleResult, short: Bool = false, startup: StartupTime? = nil
    ) -> [Node] {
        let stats = result.stats
        let ofWhich = startup.flatMap { $0.walls.isEmpty ? nil : ", " + ofWhichStartup($0) } ?? ""
        if short, result.isExpected, result.capture.outcome.succeeded, stats.runs > 1 {
            return [
                .el("strong", text: "✓ "),
                .text(
                    "Finished in \(Format.seconds(stats.wall.median)) (median of \(stats.runs) runs, \(Format.seconds(stats.wall.min)) to \(Format.seconds(stats.wall.max)))\(ofWhich)"
                ),
            ]
        }
        let capture = result.capture
        let summary =
            capture.outcome.succeeded
            ? "Finished normally (exit code 0)" : capture.outcome.summary
        var text =
            "\(summary.prefix(1).uppercased())\(summary.dropFirst())\(FailureView.expectationNote(result))"
        if result.stats.runs > 1 {
            let stats = result.stats
            text +=
                "; it took \(Format.seconds(stats.wall.median)) (median of \(stats.runs) runs, \(Format.seconds(stats.wall.min)) to \(Format.seconds(stats.wall.max)))."
        } else {
            text += "; it took \(Format.seconds(capture.wallSeconds))."
        }
        if let startup, !startup.walls.isEmpty, result.stats.runs > 0 {
            text.removeLast()
            text += ", \(Self.ofWhichStartup(startup))."
        }
        return [.el("strong", text: result.isExpected ? "✓ " : "✗ "), .text(text)]
    }
}
