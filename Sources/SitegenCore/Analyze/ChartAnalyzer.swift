/// Analyze's side of the charts: every comparison a chart block shows, decided once with the
/// build's rule (`EffectDecision.Rule`), for the chart as a whole and for each environment's
/// panel. A chart sentence and a claim about the same comparison print the same numbers.
enum ChartAnalyzer {
    /// The findings of every chart of `site` in each environment of `runs` (the first run's
    /// results are the site's when there is one environment).
    static func analyze(
        _ site: SiteParser.Site, _ runs: [EnvironmentRun], rule: EffectDecision.Rule
    ) -> ChartFindings {
        var findings = ChartFindings()
        for page in site.pages {
            for case .chart(let spec) in page.segments where spec.kind != .outputs {
                for run in runs {
                    let index = ResultIndex(run.results)
                    let ids = Set(run.results.flatMap { [$0.example.id, $0.example.baseID] })
                    // The chart as a whole, and as the panel of an environment that ran a part.
                    for drawn in Set([spec, spec.scoped(to: ids)]) {
                        let key = ChartFindings.Key(
                            chart: spec.location, examples: drawn.examples,
                            environment: run.environment.spec.id)
                        findings.findings[key] = finding(
                            drawn, index, rule: rule, startups: run.machine.startups)
                    }
                }
            }
        }
        return findings
    }

    /// The chart's entries: each example's measured results, in `examples=` order.
    static func groups(_ spec: ChartSpec, _ index: ResultIndex) -> [[ExampleResult]] {
        spec.examples.map { index.results(for: $0).filter(isMeasured) }
    }

    /// `label=` of the entry each result is charted under.
    static func written(_ spec: ChartSpec, _ groups: [[ExampleResult]]) -> [String: String] {
        var written: [String: String] = [:]
        for (index, group) in groups.enumerated() {
            for result in group { written[result.example.id] = spec.label(at: index) }
        }
        return written
    }

    static func finding(
        _ spec: ChartSpec, _ index: ResultIndex, rule: EffectDecision.Rule,
        startups: [StartupTime]? = nil
    ) -> ChartFinding {
        let finding = decided(spec, index, rule: rule, startups: startups)
        guard let time = timeSentence(spec, startups: startups) else { return finding }
        return ChartFinding(
            entries: finding.entries, written: finding.written, comparisons: finding.comparisons,
            sentences: [time] + finding.sentences, notice: finding.notice)
    }

    static func decided(
        _ spec: ChartSpec, _ index: ResultIndex, rule: EffectDecision.Rule,
        startups: [StartupTime]?
    ) -> ChartFinding {
        let groups = groups(spec, index, startups: startups)
        let written = written(spec, groups)
        switch spec.kind {
        case .comparison:
            let comparison = comparison(spec, groups, written: written, rule: rule)
            return ChartFinding(
                entries: groups, written: written, comparisons: [comparison],
                sentences: comparison.entries.map(sentence), notice: comparisonNotice(comparison))
        case .scaling:
            let parameter = spec.parameter ?? ""
            let sweeps = groups.filter { !$0.isEmpty }
            let comparisons = sweeps.map {
                scalingComparison($0, parameter: parameter, written: written, rule: rule)
            }
            return ChartFinding(
                entries: groups, written: written, comparisons: comparisons,
                sentences: zip(sweeps, comparisons).compactMap {
                    scalingSentence($0, $1, parameter: parameter, written: written)
                },
                notice: scalingNotice(comparisons.flatMap(\.entries), parameter: parameter))
        case .memory:
            return ChartFinding(
                entries: groups, written: written, comparisons: [],
                sentences: memorySentences(
                    groups.flatMap { $0 }, baseline: spec.baseline, written: written),
                notice: "")
        // A CPU trace and a time split draw each run's own measurements: nothing to decide.
        case .cputrace, .timesplit:
            return ChartFinding(
                entries: groups, written: written, comparisons: [], sentences: [], notice: "")
        case .outputs:
            return .none
        }
    }

    /// Every example against the chart's baseline (`baseline=`, else the first listed), like with
    /// like: a configuration of a sweep against the baseline's configuration with the same values.
    static func comparison(
        _ spec: ChartSpec, _ groups: [[ExampleResult]], written: [String: String] = [:],
        rule: EffectDecision.Rule = .interval
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
                        entryRuns: result.runs, baselineRuns: base.runs, rule: rule))
            }
        }
        return Comparison(entries: entries)
    }

    /// Each configuration of a sweep against its `parameter=1` configuration.
    static func scalingComparison(
        _ sweep: [ExampleResult], parameter: String, written: [String: String] = [:],
        rule: EffectDecision.Rule = .interval
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
                    entryRuns: result.runs, baselineRuns: one.runs, rule: rule)
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
        // Every finding named, so "none ran faster" cannot hide that all ran slower.
        let groups: [(Comparison.Finding, String)] = [
            (.faster, "measurably faster than \(base)\(like)"),
            (.slower, "measurably slower than \(base)\(like)"),
            (
                .noMeasurableDifference,
                "no measurable difference from \(base)\(like) (the runs varied more than they differ)"
            ),
            (.notComparable, "not comparable with \(base)"),
        ]
        // A model compared within each configuration of a sweep is named once: with "(every
        // configuration)" when all of its configurations share the finding, else with those that do.
        func names(_ entries: [Comparison.Entry]) -> [String] {
            var order: [String] = []
            for entry in entries where !order.contains(entry.label) { order.append(entry.label) }
            return order.map { label in
                let here = entries.filter { $0.label == label }
                let all = comparison.entries.filter { $0.label == label }
                guard all.count > 1 else { return label }
                return here.count == all.count
                    ? "\(label) (every configuration)"
                    : "\(label) (\(here.map(\.configuration).joined(separator: ", ")))"
            }
        }
        let parts = groups.compactMap { finding, words -> String? in
            let labels = names(comparison.entries.filter { $0.finding == finding })
            guard !labels.isEmpty else { return nil }
            let every = comparison.entries.allSatisfy { $0.finding == finding }
            if every, comparison.entries.count > 1 {
                return finding == .noMeasurableDifference
                    ? "none differed measurably from \(base)\(like), the runs varying more than they differ (\(labels.joined(separator: ", ")))"
                    : "all \(words): \(labels.joined(separator: ", "))"
            }
            return "\(words): \(labels.joined(separator: ", "))"
        }
        return "Notice: " + parts.joined(separator: "; ") + "."
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
            base.stats.peakRSS.median > 0, results.count > 1
        else { return [] }
        let peakBase = base.stats.peakRSS
        return results.filter { $0.example.id != base.example.id }.map { other in
            let peak = other.stats.peakRSS
            return
                "\(label(other, written: written)) peaked at \(ChartTable.fixed(peak.median / peakBase.median, digits: 2)) × the memory of \(label(base, written: written)) (\(MemoryChart.format(Int(peak.median))) against \(MemoryChart.format(Int(peakBase.median))), medians; from \(MemoryChart.format(Int(peak.min))) to \(MemoryChart.format(Int(peak.max))) against \(MemoryChart.format(Int(peakBase.min))) to \(MemoryChart.format(Int(peakBase.max))))"
        }
    }

    /// Ran to a successful end with at least one measured run: what a chart can draw.
    static func isMeasured(_ result: ExampleResult) -> Bool {
        guard case .exited(0) = result.capture.outcome else { return false }
        return result.stats.runs > 0
    }

    /// The chart's `label=` (by example id), else the model the program named in its RESULT line,
    /// else its id; with its configuration.
    static func label(
        _ result: ExampleResult, parameters: Bool = true, written: [String: String] = [:]
    ) -> String {
        result.label(parameters: parameters, written: written)
    }

    static func configuration(_ result: ExampleResult) -> String { result.configuration }

    static func value(_ result: ExampleResult, _ parameter: String) -> Int? {
        result.sweepValue(parameter)
    }

    static func sampleStats(_ result: ExampleResult) -> SampleStats {
        SampleStats(result.stats.wall, count: result.stats.runs)
    }
}

extension ChartSpec {
    /// The chart as one environment's panel draws it: only the examples `ids` has, with their
    /// labels when every kept entry has one.
    func scoped(to ids: Set<String>) -> ChartSpec {
        var scoped = self
        let kept = examples.indices.filter { ids.contains(examples[$0]) }
        scoped.examples = kept.map { examples[$0] }
        scoped.labels =
            kept.allSatisfy { label(at: $0) != nil } ? kept.compactMap { label(at: $0) } : []
        return scoped
    }
}
