/// A `chart` block on its page: a numbered figure with its caption, the chart its spec names drawn
/// from the measured results, the comparison in words, and its data table. One `Comparison` per
/// chart feeds the chart, the table and the sentences.
enum ChartBlockView {
    static func node(_ spec: ChartSpec, _ context: RenderContext) -> Node {
        if spec.kind == .outputs { return outputs(spec, context) }
        let groups = spec.examples.map { context.results(for: $0).filter(isMeasured) }
        let results = groups.flatMap { $0 }
        let slots = context.palette.slots(forModels: results.map(SitePalette.model))
        let slot = Dictionary(zip(results.map(\.example.id), slots)) { first, _ in first }
        let chart: any Chart
        let sentences: [String]
        let shown: String
        let notice: String
        switch spec.kind {
        case .comparison:
            let comparison = comparison(spec, groups)
            let bars = results.map { result -> ComparisonChart.Bar in
                let wall = result.stats!.wall
                let note =
                    comparison.entry(result.example.id)?.summary
                    ?? (comparison.entries.isEmpty ? nil : "baseline")
                return ComparisonChart.Bar(
                    label: label(result), median: wall.median, min: wall.min, max: wall.max,
                    slot: slot[result.example.id] ?? 0, note: note)
            }
            let runs = results.map { $0.stats!.runs }.min() ?? 0
            chart = ComparisonChart(title: spec.title, bars: bars, runs: runs)
            sentences = comparison.entries.map(sentence)
            shown =
                "median wall time of each program over \(plural(runs, "run")) (bars), from its fastest to its slowest run (whiskers); shorter is faster."
            notice = comparisonNotice(comparison)
        case .scaling:
            let comparisons = groups.filter { !$0.isEmpty }.map(scalingComparison)
            let series = zip(groups.filter { !$0.isEmpty }, comparisons).map { sweep, comparison in
                ScalingChart.Series(
                    label: label(sweep[0], parameters: false),
                    points: [ScalingChart.Point(workers: 1, speedup: 1)]
                        + comparison.entries.compactMap { entry in
                            guard let result = sweep.first(where: { $0.example.id == entry.id }),
                                let count = workers(result), entry.speedup.isFinite
                            else { return nil }
                            return ScalingChart.Point(
                                workers: count, speedup: entry.speedup,
                                low: entry.interval.lowerBound, high: entry.interval.upperBound)
                        }, slot: slot[sweep[0].example.id] ?? 0)
            }
            let cores = spec.bound == .cpu ? context.coresAvailable : nil
            chart = ScalingChart(title: spec.title, series: series, availableCores: cores)
            sentences = zip(groups.filter { !$0.isEmpty }, comparisons).compactMap(scalingSentence)
            shown =
                "how many times as fast each model ran with n workers as with 1 worker (points, with the likely range as a vertical bar), on a log₂ scale of workers. Dashed: the ideal, n workers n times as fast"
                + (cores.map {
                    "; dotted: the \(ScalingChart.coresText($0)), the most that can run at once."
                }
                    ?? ". I/O-bound work waits rather than computes, so the cores do not limit it and are not marked.")
            notice = scalingNotice(comparisons.flatMap(\.entries))
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
            sentences = results.map { result in
                let busy = result.stats!.cpuUtilization
                let runs = result.stats!.runs
                return
                    "\(label(result)) kept \(ChartTable.fixed(busy.median, digits: 2)) cores busy on average (CPU time ÷ wall time, median of \(plural(runs, "run")); from \(ChartTable.fixed(busy.min, digits: 2)) to \(ChartTable.fixed(busy.max, digits: 2)))"
            }
            shown =
                "how many cores each program kept busy from start to end of one run, sampled every 10 ms; dotted: the \(CPUTraceChart.coresText(available))."
                + (clamped
                    ? " A sample can read a little above \(available) when the sampler's 10 ms intervals and the kernel's CPU accounting do not line up; such samples are drawn at \(available)."
                    : "")
            notice = "Notice how close each line stays to 1 core or to \(available)."
        case .outputs:
            return outputs(spec, context)
        case .memory:
            let runs = results.map { $0.stats!.runs }.min() ?? 0
            let measure = "summed RSS of the process tree, median of \(plural(runs, "run"))' peaks"
            chart = MemoryChart(
                title: spec.title,
                bars: results.map {
                    MemoryChart.Bar(
                        label: label($0), peakBytes: Int($0.stats!.peakRSS.median),
                        slot: slot[$0.example.id] ?? 0)
                },
                measure: measure)
            sentences = memorySentences(results, baseline: spec.baseline)
            shown =
                "the most memory each program's processes held at once (\(measure)); shorter uses less."
            notice = ""
        }
        var children: [Node] = [
            .el(
                "figcaption",
                text: spec.caption ?? "\(spec.title): \(shown)\(notice.isEmpty ? "" : " \(notice)")"
            ),
            .el("div", [("class", "chart-scroll")], [chart.svg]),
        ]
        let missing = spec.examples.enumerated().filter { groups[$0.offset].isEmpty }.map(\.element)
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
        if let copy = ChartTable.printCopy(chart.dataTable) { children.append(copy) }
        return .el("figure", [("class", "chart"), ("id", spec.anchor)], children)
    }

    /// Each example's terminal output and worker timeline in a column, side by side on wide
    /// screens: two models' behaviour at a glance.
    static func outputs(_ spec: ChartSpec, _ context: RenderContext) -> Node {
        let results = spec.examples.flatMap { context.results(for: $0) }
        let columns = results.map { result -> Node in
            var parts: [Node] = [
                .el(
                    "p", [("class", "column-title")],
                    [
                        .el(
                            "a", [("href", "\(result.example.page)#example-\(result.example.id)")],
                            text: label(result))
                    ]),
                .el(
                    "pre",
                    [("class", "terminal"), ("aria-label", "Output of \(result.example.id)")],
                    [.el("code", text: result.terminal.isEmpty ? "(no output)" : result.terminal)]),
            ]
            if var lanes = ExampleView.swimlane(result, colours: context.palette.worker(result)) {
                lanes.width = 460
                parts.append(.el("div", [("class", "chart-scroll")], [lanes.svg]))
            }
            return .el("div", [("class", "column")], parts)
        }
        let names = results.map { label($0) }.joined(separator: " and ")
        return .el(
            "figure", [("class", "chart side-by-side"), ("id", spec.anchor)],
            [
                .el(
                    "figcaption",
                    text: spec.caption
                        ?? "\(spec.title): what \(names) printed, and when each of their workers ran (bars) and printed (ticks). Each worker keeps the colour it has in its example's line table."
                ),
                .el("div", [("class", "columns")], columns),
            ])
    }

    static func isMeasured(_ result: ExampleResult) -> Bool {
        guard case .exited(0) = result.capture.outcome, let stats = result.stats else {
            return false
        }
        return stats.runs > 0
    }

    /// The model the program named in its RESULT line, else its id; with its configuration.
    static func label(_ result: ExampleResult, parameters: Bool = true) -> String {
        let name = SitePalette.model(result)
        guard parameters, !result.example.parameters.isEmpty else { return name }
        return "\(name), \(configuration(result))"
    }

    /// "size=64, workers=2": the example's parameters, sorted by name.
    static func configuration(_ result: ExampleResult) -> String {
        result.example.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: ", ")
    }

    static func workers(_ result: ExampleResult) -> Int? {
        result.example.parameters["workers"].flatMap { Int($0) }
    }

    static func sampleStats(_ result: ExampleResult) -> SampleStats {
        SampleStats(result.stats!.wall, count: result.stats!.runs)
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// Every example against the chart's baseline (`baseline=`, else the first listed), like with
    /// like: a configuration of a sweep against the baseline's configuration with the same values.
    static func comparison(_ spec: ChartSpec, _ groups: [[ExampleResult]]) -> Comparison {
        let baselineIndex = spec.baseline.flatMap { spec.examples.firstIndex(of: $0) } ?? 0
        guard groups.indices.contains(baselineIndex), !groups[baselineIndex].isEmpty else {
            return Comparison(entries: [])
        }
        let baselines = groups[baselineIndex]
        var entries: [Comparison.Entry] = []
        for (index, group) in groups.enumerated() where index != baselineIndex {
            for result in group {
                let base =
                    baselines.first { $0.example.parameters == result.example.parameters }
                    ?? (baselines.count == 1 ? baselines[0] : nil)
                guard let base else { continue }
                let paired =
                    !result.example.parameters.isEmpty
                    && base.example.parameters == result.example.parameters
                entries.append(
                    Comparison.Entry(
                        id: result.example.id, label: label(result, parameters: !paired),
                        baselineID: base.example.id,
                        baselineLabel: label(base, parameters: !paired),
                        configuration: paired ? configuration(result) : "",
                        entry: sampleStats(result), baseline: sampleStats(base)))
            }
        }
        return Comparison(entries: entries)
    }

    /// Each configuration of a sweep against its 1-worker configuration.
    static func scalingComparison(_ sweep: [ExampleResult]) -> Comparison {
        guard let one = sweep.first(where: { workers($0) == 1 }) else {
            return Comparison(entries: [])
        }
        let name = label(one, parameters: false)
        return Comparison(
            entries: sweep.filter { workers($0) != nil && workers($0) != 1 }.map { result in
                Comparison.Entry(
                    id: result.example.id,
                    label: "\(name) with \(plural(workers(result)!, "worker"))",
                    baselineID: one.example.id, baselineLabel: "with 1 worker",
                    entry: sampleStats(result), baseline: sampleStats(one))
            })
    }

    static func sentence(_ entry: Comparison.Entry) -> String {
        entry.configuration.isEmpty
            ? entry.sentence : "With \(entry.configuration): \(entry.sentence)"
    }

    /// What to notice in a comparison chart: which entries were measurably faster.
    static func comparisonNotice(_ comparison: Comparison) -> String {
        guard let first = comparison.entries.first else { return "" }
        let base = first.baselineLabel
        let like =
            first.configuration.isEmpty ? "" : " (each compared within its own configuration)"
        let faster = comparison.entries.filter { $0.finding == .faster }.map(\.label)
        if faster.isEmpty {
            return "Notice: none ran measurably faster than \(base)\(like)."
        }
        return "Notice: measurably faster than \(base)\(like): \(faster.joined(separator: ", "))."
    }

    /// What to notice in a scaling chart: the largest measurable gain, or that there was none.
    static func scalingNotice(_ entries: [Comparison.Entry]) -> String {
        guard !entries.isEmpty else { return "" }
        guard
            let best = entries.filter({ $0.finding == .faster }).max(by: {
                $0.speedup < $1.speedup
            })
        else { return "Notice: no model ran measurably faster with more workers." }
        return
            "Notice: the largest gain was \(best.label), at \(Comparison.Entry.times(best.speedup)) the speed of 1 worker."
    }

    /// The sweep's fastest configuration against 1 worker, read from the chart's comparison; when
    /// no configuration was measurably faster, says so.
    static func scalingSentence(_ sweep: [ExampleResult], _ comparison: Comparison) -> String? {
        guard let one = sweep.first(where: { workers($0) == 1 }), !comparison.entries.isEmpty
        else { return nil }
        let name = label(one, parameters: false)
        let faster = comparison.entries.filter { $0.finding == .faster }
        guard let best = faster.max(by: { $0.speedup < $1.speedup }) else {
            return
                "\(name): no worker count ran measurably faster than 1 worker ("
                + comparison.entries.map {
                    "\($0.label.replacingOccurrences(of: "\(name) with ", with: "")) \(Comparison.Entry.times($0.speedup))"
                }
                .joined(separator: ", ") + ")"
        }
        return best.sentence + ", the most of the sweep"
    }

    /// Each model's peak against the baseline's (`baseline=`, else the first listed).
    static func memorySentences(_ results: [ExampleResult], baseline: String?) -> [String] {
        guard
            let base = results.first(where: { baseline == nil || $0.example.id == baseline }),
            base.stats!.peakRSS.median > 0, results.count > 1
        else { return [] }
        let peakBase = base.stats!.peakRSS
        return results.filter { $0.example.id != base.example.id }.map { other in
            let peak = other.stats!.peakRSS
            return
                "\(label(other)) peaked at \(ChartTable.fixed(peak.median / peakBase.median, digits: 2)) × the memory of \(label(base)) (\(MemoryChart.format(Int(peak.median))) against \(MemoryChart.format(Int(peakBase.median))), medians; from \(MemoryChart.format(Int(peak.min))) to \(MemoryChart.format(Int(peak.max))) against \(MemoryChart.format(Int(peakBase.min))) to \(MemoryChart.format(Int(peakBase.max))))"
        }
    }
}
