/// `time=work` on a comparison or scaling chart: every run's wall time less the median start-up
/// of its interpreter in its environment (`StartupTime`), decided and drawn alike.
extension ChartAnalyzer {
    /// The chart's entries as `time=` asks: whole-process wall time (the default), or work.
    /// Results of a language without a measured start-up stay whole-process times.
    static func groups(
        _ spec: ChartSpec, _ index: ResultIndex, startups: [StartupTime]?
    ) -> [[ExampleResult]] {
        let measured = groups(spec, index)
        guard spec.time == .work else { return measured }
        return measured.map { group in
            group.map { result in
                guard let startup = StartupTime.of(result.interpreter.language, in: startups)
                else { return result }
                return result.lessStartup(startup.median)
            }
        }
    }

    /// What the chart says it drew, when it is not whole-process time.
    static func timeSentence(_ spec: ChartSpec, startups: [StartupTime]?) -> String? {
        guard spec.time == .work else { return nil }
        guard let startups, !startups.isEmpty else {
            return
                "Times are whole-process wall times: time=work asks for the work alone, but no interpreter start-up was measured in this build."
        }
        let each = startups.map { "\($0.language) \(Format.seconds($0.median))" }
            .joined(separator: ", ")
        return
            "Times are work (time=work): each run's wall time less its interpreter's start-up, the median of an empty program (\(each))."
    }
}

extension ExampleResult {
    /// The same result with `seconds` taken off every measured run's wall time (never below 0).
    func lessStartup(_ seconds: Double) -> ExampleResult {
        ExampleResult(
            example: example, interpreter: interpreter, capture: capture,
            environment: environment, provenance: provenance,
            runs: runs.map { $0.lessWall(seconds) }, warmupRuns: warmupRuns, warnings: warnings,
            lines: lines, events: events,
            unattributedReason: unattributedReason, trace: trace, group: group)
    }
}

extension RunMeasurement {
    /// The same run with `seconds` taken off its wall time (never below 0).
    func lessWall(_ seconds: Double) -> RunMeasurement {
        RunMeasurement(
            wallSeconds: max(0, wallSeconds - seconds), userSeconds: userSeconds,
            systemSeconds: systemSeconds, peakRSSBytes: peakRSSBytes, treeSampled: treeSampled,
            peakPSSBytes: peakPSSBytes, medianCores: medianCores, resultNumbers: resultNumbers,
            round: round, cores: cores, stealSeconds: stealSeconds,
            involuntarySwitches: involuntarySwitches, cpuMHz: cpuMHz, workers: workers)
    }
}
