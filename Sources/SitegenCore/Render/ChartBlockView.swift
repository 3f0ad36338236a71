/// A `chart` block on its page: a numbered figure with its caption, the chart its spec names drawn
/// from the measured results, the comparison in words, and its data table. The comparisons and
/// their sentences are Analyze's (`ChartFinding`): one per chart feeds the chart, the table and
/// the sentences, and nothing here decides.
enum ChartBlockView {
    static func node(_ spec: ChartSpec, _ context: RenderContext) -> Node {
        if spec.kind == .outputs { return outputs(spec, context) }
        let ran = context.environments.map { run in
            (run, Set(run.results.flatMap { [$0.example.id, $0.example.baseID] }))
        }.filter { _, ids in spec.examples.contains(where: ids.contains) }
        let runs = ran.map(\.0)
        let missing = unavailableNote(spec, context).map { [$0] } ?? []
        guard runs.count > 1 else {
            let (caption, chart, children, _) = panel(spec, context)
            return .el(
                "figure", [("class", "chart"), ("id", spec.anchor)],
                [.el("figcaption", text: caption)] + (chart.map { [ChartDrawing.node($0)] } ?? [])
                    + children + missing)
        }
        // One panel per environment that ran every example the chart draws: the main one in
        // full, each other one folded behind a line that says what it found, so three
        // environments add three lines to the page, not three charts.
        let drawn = ran.map { run, ids in
            let drawn = panel(spec.scoped(to: ids), context.scoped(to: run))
            let left = spec.examples.filter { !ids.contains($0) }
            let note: [Node] =
                left.isEmpty
                ? []
                : [
                    .el(
                        "p", [("class", "environment-note")],
                        text: "Not run in this environment: \(left.joined(separator: ", ")).")
                ]
            return (
                run,
                (
                    caption: drawn.caption, chart: drawn.chart, note: note,
                    children: drawn.children, brief: drawn.brief
                )
            )
        }
        var panels = drawn
        // Every panel on the same axes, so bars and lines compare across environments.
        let charts = ChartDrawing.shared(panels.compactMap(\.1.chart))
        var next = 0
        for index in panels.indices where panels[index].1.chart != nil {
            panels[index].1.note.append(ChartDrawing.node(charts[next]))
            next += 1
        }
        let main = panels[0]
        let others = panels.dropFirst().map { run, panel -> Node in
            let changes = EnvironmentLabel.changes(run.environment.spec)
            let name: [Node] =
                [.el("strong", text: run.environment.spec.label)]
                + (changes.isEmpty ? [] : [.text(" (" + changes.joined(separator: "; ") + ")")])
            return .el(
                "details", [("class", "environment-panel")],
                [.el("summary", name + [.text(panel.brief.isEmpty ? "" : ": " + panel.brief)])]
                    + panel.note + panel.children)
        }
        let labels = runs.dropFirst().map(\.environment.spec.label)
        return .el(
            "figure", [("class", "chart environment-panels"), ("id", spec.anchor)],
            [
                .el(
                    "figcaption",
                    text: main.1.caption + " Drawn for \(main.0.environment.spec.label); "
                        + "\(labels.count == 1 ? "the other environment's panel folds" : "the other environments' panels fold") "
                        + "below it, on the same axes."),
                .el(
                    "div", [("class", "environment main-environment")],
                    [EnvironmentLabel.panel(main.0)] + main.1.note + main.1.children),
                .el("div", [("class", "environments")], others),
            ] + missing)
    }

    /// The optional environments that would have drawn this chart on a machine with their
    /// interpreter: "Not drawn for CPython, free-threaded: not available on this machine."
    static func unavailableNote(_ spec: ChartSpec, _ context: RenderContext) -> Node? {
        let labels = context.unavailable.filter { environment in
            environment.spec.examples.map { listed in
                spec.examples.contains(where: listed.contains)
            } ?? true
        }.map(\.spec.label)
        guard !labels.isEmpty else { return nil }
        return .el(
            "p", [("class", "environment-note")],
            text:
                "Not drawn for \(labels.joined(separator: ", ")): not available on this machine (no interpreter for it was found)."
        )
    }

    /// The chart drawn from `context`'s results: its caption and what follows it.
    static func panel(_ spec: ChartSpec, _ context: RenderContext) -> (
        caption: String, chart: (any Chart)?, children: [Node], brief: String
    ) {
        let finding = context.charts.finding(spec, in: context.environmentID)
        let groups = finding.entries
        let results = groups.flatMap { $0 }
        func label(_ result: ExampleResult, parameters: Bool = true) -> String {
            result.label(parameters: parameters, written: finding.written)
        }
        let parameter = spec.parameter ?? ""
        let slots = context.palette.slots(forModels: results.map(SitePalette.model))
        let slot = Dictionary(zip(results.map(\.example.id), slots)) { first, _ in first }
        let chart: any Chart
        let sentences: [String]
        let shown: String
        let notice: String
        // What the panel found, in a line: the summary of an environment's folded panel.
        let brief: String
        switch spec.kind {
        case .comparison:
            let comparison = finding.comparisons.first ?? Comparison(entries: [])
            let bars = results.map { result -> ComparisonChart.Bar in
                let wall = result.stats.wall
                let note =
                    comparison.entry(result.example.id)?.summary
                    ?? (comparison.entries.isEmpty ? nil : "baseline")
                return ComparisonChart.Bar(
                    label: label(result), median: wall.median, min: wall.min, max: wall.max,
                    slot: slot[result.example.id] ?? 0, note: note)
            }
            let runs = results.map { $0.stats.runs }.min() ?? 0
            chart = ComparisonChart(title: spec.title, bars: bars, runs: runs)
            sentences = finding.sentences
            shown =
                "median wall time of each program over \(runsText(results)) (bars), from its fastest to its slowest run (whiskers); shorter is faster."
            notice = finding.notice
            brief = comparisonBrief(comparison)
        case .scaling:
            let comparisons = finding.comparisons
            let series = zip(groups.filter { !$0.isEmpty }, comparisons).map { sweep, comparison in
                ScalingChart.Series(
                    label: label(sweep[0], parameters: false),
                    points: [ScalingChart.Point(workers: 1, speedup: 1)]
                        + comparison.entries.compactMap { entry in
                            guard let result = sweep.first(where: { $0.example.id == entry.id }),
                                let count = result.sweepValue(parameter),
                                entry.speedup.isFinite
                            else { return nil }
                            return ScalingChart.Point(
                                workers: count, speedup: entry.speedup,
                                low: entry.interval.lowerBound, high: entry.interval.upperBound)
                        }, slot: slot[sweep[0].example.id] ?? 0)
            }
            let cores = spec.bound == .cpu ? context.coresAvailable : nil
            chart = ScalingChart(
                title: spec.title, series: series, availableCores: cores, parameter: parameter)
            sentences = finding.sentences
            shown =
                "how many times as fast each model ran with \(parameter)=n as with \(parameter)=1 (points, with the 95 % confidence interval as a vertical bar), on a log₂ scale of \(parameter). Dashed: the ideal, n times as fast at \(parameter)=n"
                + (cores.map {
                    "; dotted: the \(ScalingChart.coresText($0)), the most that can run at once."
                }
                    ?? ". I/O-bound work waits rather than computes, so the cores do not limit it and are not marked.")
            notice = finding.notice
            brief = notice.hasPrefix("Notice: ") ? String(notice.dropFirst(8)) : notice
        case .cputrace:
            let available = context.coresAvailable
            let clamped = results.contains { result in
                (result.trace?.samples ?? []).contains { $0.cores > Double(available) }
            }
            chart = CPUTraceChart(
                title: spec.title,
                series: results.map { result in
                    CPUTraceChart.Series(
                        label: label(result),
                        samples: (result.trace?.samples ?? []).map {
                            CPUTraceChart.Sample(
                                time: $0.time,
                                cores: CPUTraceChart.clamped($0.cores, available: available))
                        }, slot: slot[result.example.id] ?? 0)
                }, availableCores: available)
            let levels = results.map { result in
                (label(result), result.stats.cpuUtilization.median)
            }
            brief =
                "cores busy (median): "
                + results.map {
                    "\(label($0)) \(ChartTable.fixed($0.stats.cpuUtilization.median, digits: 2))"
                }.joined(separator: ", ")
            sentences = results.map { result in
                let busy = result.stats.cpuUtilization
                let runs = result.stats.runs
                return
                    "\(label(result)) kept \(ChartTable.fixed(busy.median, digits: 2)) cores busy on average (CPU time ÷ wall time, median of \(plural(runs, "run")); from \(ChartTable.fixed(busy.min, digits: 2)) to \(ChartTable.fixed(busy.max, digits: 2)))"
            }
            shown =
                "how many cores each program kept busy from start to end of one run, sampled every 10 ms; dotted: the \(CPUTraceChart.coresText(available))."
                + (clamped
                    ? " A sample can read a little above \(available) when the sampler's 10 ms intervals and the kernel's CPU accounting do not line up; such samples are drawn at \(available)."
                    : "")
            notice = cpuTraceNotice(levels)
        case .outputs:
            return ("", nil, [outputs(spec, context)], "")
        case .timesplit:
            let drawn = timeSplit(spec, results, label: { label($0) }, context)
            chart = drawn.chart
            sentences = drawn.sentences
            brief = drawn.brief
            shown =
                "each worker's life (median of \(plural(drawn.runs, "run")), from the kernel's per-thread schedstat) split into running on a core (solid), waiting for a core while other work had them (light), and blocked (outlined): sleeping on a lock, on I/O, on the GIL, or, for a parent, waiting for its workers."
            notice = "Notice how much of each worker's bar is outlined."
        case .memory:
            let runs = results.map { $0.stats.runs }.min() ?? 0
            let measure = "summed RSS of the process tree, median of \(plural(runs, "run"))' peaks"
            brief =
                "peak memory (median): "
                + results.map { "\(label($0)) \(MemoryChart.format(Int($0.stats.peakRSS.median)))" }
                .joined(separator: ", ")
            chart = MemoryChart(
                title: spec.title,
                bars: results.map {
                    MemoryChart.Bar(
                        label: label($0), peakBytes: Int($0.stats.peakRSS.median),
                        slot: slot[$0.example.id] ?? 0)
                },
                measure: measure)
            sentences = finding.sentences
            shown =
                "the most memory each program's processes held at once (\(measure)); shorter uses less."
            notice = ""
        }
        let caption =
            spec.caption ?? "\(spec.title): \(shown)\(notice.isEmpty ? "" : " \(notice)")"
        var children: [Node] = []
        let missing = spec.examples.enumerated().filter {
            !groups.indices.contains($0.offset) || groups[$0.offset].isEmpty
        }.map(\.element)
        if !missing.isEmpty {
            children.append(
                .el(
                    "p", [("class", "warning")],
                    text:
                        "Not drawn: \(missing.joined(separator: ", ")) did not run to a successful end."
                ))
        }
        if !sentences.isEmpty {
            children.append(
                .el("ul", [("class", "comparison")], sentences.map { .el("li", text: $0 + ".") }))
        }
        children.append(chart.dataTable)
        return (caption, chart, children, brief)
    }

    /// "10 runs", or "10–12 runs" when the programs of a chart ran different numbers of times.
    static func runsText(_ results: [ExampleResult]) -> String {
        let counts = results.map(\.stats.runs)
        let low = counts.min() ?? 0
        let high = counts.max() ?? 0
        return low == high ? plural(low, "run") : "\(low)–\(high) runs"
    }

    /// "against sequential: threads 1.85× as fast; processes: no measurable difference".
    static func comparisonBrief(_ comparison: Comparison) -> String {
        guard let first = comparison.entries.first else { return "" }
        return "against \(first.baselineLabel): "
            + comparison.entries.map { entry in
                entry.finding == .noMeasurableDifference || entry.finding == .notComparable
                    ? "\(entry.label): \(entry.summary)" : "\(entry.label) \(entry.summary)"
            }.joined(separator: "; ")
    }

    /// What to notice in a CPU trace, from where its lines sit: each program's median cores
    /// busy (CPU time ÷ wall time), or, when every one stays under `idle`, that they hardly
    /// used a core.
    static func cpuTraceNotice(_ levels: [(label: String, cores: Double)]) -> String {
        guard !levels.isEmpty else { return "" }
        if levels.allSatisfy({ $0.cores < idle }) {
            return
                "Notice that every line stays near 0: \(levels.count == 1 ? "the program" : "each program") used almost no CPU; it waited."
        }
        return "Notice where each line sits: "
            + levels.map { "\($0.label) at \(ChartTable.fixed($0.cores, digits: 2)) cores busy" }
            .joined(separator: ", ") + " on average."
    }

    /// Below this many cores busy on average a program is waiting, not computing.
    static let idle = 0.15

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
