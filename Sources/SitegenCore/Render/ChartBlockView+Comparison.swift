/// The comparisons of a chart block and their sentences: computed once per chart, read by the
/// chart, its data table and its caption.
extension ChartBlockView {
    /// Every example against the chart's baseline (`baseline=`, else the first listed), like with
    /// like: a configuration of a sweep against the baseline's configuration with the same values.
    static func comparison(
        _ spec: ChartSpec, _ groups: [[ExampleResult]], written: [String: String] = [:]
    ) -> Comparison {
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
                        id: result.example.id,
                        label: label(result, parameters: !paired, written: written),
                        baselineID: base.example.id,
                        baselineLabel: label(base, parameters: !paired, written: written),
                        configuration: paired ? configuration(result) : "",
                        entry: sampleStats(result), baseline: sampleStats(base),
                        entryRuns: result.runs, baselineRuns: base.runs))
            }
        }
        return Comparison(entries: entries)
    }

    /// Each configuration of a sweep against its `parameter=1` configuration.
    static func scalingComparison(
        _ sweep: [ExampleResult], parameter: String, written: [String: String] = [:]
    ) -> Comparison {
        guard let one = sweep.first(where: { value($0, parameter) == 1 }) else {
            return Comparison(entries: [])
        }
        let name = label(one, parameters: false, written: written)
        return Comparison(
            entries: sweep.filter { (value($0, parameter) ?? 1) != 1 }.map { result in
                Comparison.Entry(
                    id: result.example.id,
                    label: "\(name) with \(parameter)=\(value(result, parameter)!)",
                    baselineID: one.example.id, baselineLabel: "with \(parameter)=1",
                    entry: sampleStats(result), baseline: sampleStats(one),
                    entryRuns: result.runs, baselineRuns: one.runs)
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
    static func scalingNotice(_ entries: [Comparison.Entry], parameter: String) -> String {
        guard !entries.isEmpty else { return "" }
        guard
            let best = entries.filter({ $0.finding == .faster }).max(by: {
                $0.speedup < $1.speedup
            })
        else { return "Notice: no model ran measurably faster with a larger \(parameter)." }
        return
            "Notice: the largest gain was \(best.label), at \(Comparison.Entry.times(best.speedup)) the speed with \(parameter)=1."
    }

    /// The sweep's fastest configuration against 1 worker, read from the chart's comparison; when
    /// no configuration was measurably faster, says so.
    static func scalingSentence(
        _ sweep: [ExampleResult], _ comparison: Comparison, parameter: String,
        written: [String: String] = [:]
    ) -> String? {
        guard let one = sweep.first(where: { value($0, parameter) == 1 }),
            !comparison.entries.isEmpty
        else { return nil }
        let name = label(one, parameters: false, written: written)
        let faster = comparison.entries.filter { $0.finding == .faster }
        guard let best = faster.max(by: { $0.speedup < $1.speedup }) else {
            return
                "\(name): no value of \(parameter) ran measurably faster than \(parameter)=1 ("
                + comparison.entries.map {
                    "\($0.label.replacingOccurrences(of: "\(name) with ", with: "")) \(Comparison.Entry.times($0.speedup))"
                }
                .joined(separator: ", ") + ")"
        }
        return best.sentence + ", the most of the sweep"
    }

    /// Each model's peak against the baseline's (`baseline=`, else the first listed).
    static func memorySentences(
        _ results: [ExampleResult], baseline: String?, written: [String: String] = [:]
    ) -> [String] {
        guard
            let base = results.first(where: { baseline == nil || $0.example.id == baseline }),
            base.stats!.peakRSS.median > 0, results.count > 1
        else { return [] }
        let peakBase = base.stats!.peakRSS
        return results.filter { $0.example.id != base.example.id }.map { other in
            let peak = other.stats!.peakRSS
            return
                "\(label(other, written: written)) peaked at \(ChartTable.fixed(peak.median / peakBase.median, digits: 2)) × the memory of \(label(base, written: written)) (\(MemoryChart.format(Int(peak.median))) against \(MemoryChart.format(Int(peakBase.median))), medians; from \(MemoryChart.format(Int(peak.min))) to \(MemoryChart.format(Int(peak.max))) against \(MemoryChart.format(Int(peakBase.min))) to \(MemoryChart.format(Int(peakBase.max))))"
        }
    }
}
