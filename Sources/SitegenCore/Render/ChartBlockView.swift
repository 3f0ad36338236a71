/// A `chart` block on its page: the chart its spec names, drawn from the measured results, its data
/// table, and the comparison in words beside it.
enum ChartBlockView {
    static func node(_ spec: ChartSpec, _ context: RenderContext) -> Node {
        let groups = spec.examples.map { context.results(for: $0).filter(isMeasured) }
        let results = groups.flatMap { $0 }
        let chart: any Chart
        let sentences: [String]
        switch spec.kind {
        case .comparison:
            let bars = results.map { result -> ComparisonChart.Bar in
                let wall = result.stats!.wall
                return ComparisonChart.Bar(
                    label: label(result), median: wall.median, min: wall.min, max: wall.max)
            }
            chart = ComparisonChart(
                title: spec.title, bars: bars, runs: results.map { $0.stats!.runs }.min() ?? 0)
            sentences = fastestSentences(results, context: spec.title)
        case .scaling:
            let series = groups.filter { !$0.isEmpty }.map { sweep in
                ScalingChart.Series(
                    label: label(sweep[0], parameters: false),
                    medianSeconds: Dictionary(
                        sweep.compactMap { result in
                            workers(result).map { ($0, result.stats!.wall.median) }
                        }
                    ) { first, _ in first })
            }
            chart = ScalingChart(
                title: spec.title, series: series, availableCores: context.coresAvailable)
            sentences = groups.compactMap(scalingSentence)
        case .cputrace:
            chart = CPUTraceChart(
                title: spec.title,
                series: results.map { result in
                    CPUTraceChart.Series(
                        label: label(result),
                        samples: (result.trace?.samples ?? []).map {
                            CPUTraceChart.Sample(time: $0.time, cores: $0.cores)
                        })
                }, availableCores: context.coresAvailable)
            sentences = results.map { result in
                let busy = result.stats!.cpuUtilization
                return
                    "\(label(result)) kept \(ChartTable.fixed(busy.median, digits: 2)) cores busy on average (median of \(result.stats!.runs) runs, CPU time ÷ wall time; min–max \(ChartTable.fixed(busy.min, digits: 2))–\(ChartTable.fixed(busy.max, digits: 2)))"
            }
        case .memory:
            let runs = results.map { $0.stats!.runs }.min() ?? 0
            chart = MemoryChart(
                title: spec.title,
                bars: results.map {
                    MemoryChart.Bar(label: label($0), peakBytes: Int($0.stats!.peakRSS.median))
                },
                measure: "summed RSS of the process tree, median of \(runs) runs' peaks")
            sentences = memorySentences(results)
        }
        var children: [Node] = [chart.svg, chart.dataTable]
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
        return .el("figure", [("class", "chart"), ("id", spec.anchor)], children)
    }

    static func isMeasured(_ result: ExampleResult) -> Bool {
        guard case .exited(0) = result.capture.outcome, let stats = result.stats else {
            return false
        }
        return stats.runs > 0
    }

    /// The model the program named in its RESULT line, else its id; with its configuration.
    static func label(_ result: ExampleResult, parameters: Bool = true) -> String {
        let name = ResultLine.parse(result.lines)?.texts["model"] ?? result.example.baseID
        guard parameters, !result.example.parameters.isEmpty else { return name }
        let values = result.example.parameters.sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value)"
        }
        return "\(name), \(values.joined(separator: ", "))"
    }

    static func workers(_ result: ExampleResult) -> Int? {
        result.example.parameters["workers"].flatMap { Int($0) }
    }

    static func sampleStats(_ result: ExampleResult) -> SampleStats {
        SampleStats(result.stats!.wall, count: result.stats!.runs)
    }

    /// The 95 % confidence interval of how many times faster `a` ran than `b` (paired by round
    /// when they were measured in the same rounds); nil with fewer than 2 runs each.
    static func interval(_ a: ExampleResult, over b: ExampleResult) -> ConfidenceInterval? {
        guard a.runs.count >= 2, b.runs.count >= 2 else { return nil }
        return ComparisonDecider.speedup(of: a.runs, over: b.runs).interval
    }

    /// hyperfine's summary: the fastest (lowest mean), then how many times faster than each other.
    static func fastestSentences(_ results: [ExampleResult], context: String) -> [String] {
        guard
            let fastest = results.min(by: { $0.stats!.wall.mean < $1.stats!.wall.mean }),
            results.count > 1
        else { return [] }
        return results.filter { $0.example.id != fastest.example.id }.map { other in
            SpeedRatio.of(sampleStats(fastest), over: sampleStats(other)).sentence(
                label(fastest), label(other), context: context,
                interval: interval(fastest, over: other))
        }
    }

    /// The sweep's best configuration against its one-worker configuration.
    static func scalingSentence(_ sweep: [ExampleResult]) -> String? {
        guard let one = sweep.first(where: { workers($0) == 1 }),
            let best = sweep.filter({ workers($0) != 1 }).min(by: {
                $0.stats!.wall.mean < $1.stats!.wall.mean
            }), let count = workers(best)
        else { return nil }
        let name = label(one, parameters: false)
        return SpeedRatio.of(sampleStats(best), over: sampleStats(one)).sentence(
            "\(name) with \(count) workers", "\(name) with 1 worker",
            context: "best of the sweep", interval: interval(best, over: one))
    }

    /// Each model's peak against the smallest one's.
    static func memorySentences(_ results: [ExampleResult]) -> [String] {
        guard
            let smallest = results.min(by: { $0.stats!.peakRSS.median < $1.stats!.peakRSS.median }),
            smallest.stats!.peakRSS.median > 0, results.count > 1
        else { return [] }
        let base = smallest.stats!.peakRSS
        return results.filter { $0.example.id != smallest.example.id }.map { other in
            let peak = other.stats!.peakRSS
            return
                "\(label(other)) peaked at \(ChartTable.fixed(peak.median / base.median, digits: 2)) × the memory of \(label(smallest)) (\(MemoryChart.format(Int(peak.median))) vs \(MemoryChart.format(Int(base.median))), medians; ranges \(MemoryChart.format(Int(peak.min)))–\(MemoryChart.format(Int(peak.max))) vs \(MemoryChart.format(Int(base.min)))–\(MemoryChart.format(Int(base.max))))"
        }
    }
}
