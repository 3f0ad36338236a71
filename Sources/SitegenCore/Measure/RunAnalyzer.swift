/// The Measure stage: statistics and warnings for each example from its measured runs.
public enum RunAnalyzer {
    /// A first run is "much slower" when its modified z-score exceeds the outlier threshold, as
    /// hyperfine checks it (src/benchmark/mod.rs).
    /// σ/mean at or above 10 % is unstable: pyperf's check (pyperf/_cli.py, "unstable").
    public static let unstableFraction = 0.10
    /// Below 5 ms, process start-up dominates (hyperfine warns under 5 ms too).
    public static let shortestMeaningful = 0.005

    /// The load and cores the warnings compare against.
    public struct Context: Sendable, Hashable {
        public var loadAverage: Double
        public var coresAvailable: Int
        public init(loadAverage: Double, coresAvailable: Int) {
            self.loadAverage = loadAverage
            self.coresAvailable = coresAvailable
        }
    }

    public static func analyze(_ result: ExampleResult, context: Context) -> ExampleResult {
        var result = result
        guard !result.runs.isEmpty else { return result }
        result.stats = ExampleStats(result.runs)
        result.warnings = warnings(runs: result.runs, trace: result.trace, context: context)
        if let reason = result.unattributedReason {
            result.warnings.append(.linesNotAttributed(reason: reason))
        }
        return result
    }

    static func warnings(runs: [RunMeasurement], trace: TreeTrace?, context: Context)
        -> [MeasurementWarning]
    {
        var warnings: [MeasurementWarning] = []
        let walls = runs.map(\.wallSeconds)
        let scores = Statistics.modifiedZScores(walls)
        let outliers = scores.filter { abs($0) > Statistics.outlierThreshold }.count
        if walls.count >= 3, scores[0] > Statistics.outlierThreshold {
            let rest = Statistics.median(Array(walls.dropFirst()))
            warnings.append(.slowFirstRun(ratio: rest > 0 ? walls[0] / rest : 0))
        } else if outliers > 0 {
            warnings.append(.outliers(count: outliers, runs: walls.count))
        }
        let mean = Statistics.mean(walls)
        let deviation = Statistics.standardDeviation(walls)
        if mean > 0, deviation / mean >= unstableFraction {
            warnings.append(.unstable(fraction: deviation / mean))
        }
        let median = Statistics.median(walls)
        if median < shortestMeaningful { warnings.append(.tooShort(seconds: median)) }
        // The same test as the verdicts use (Analyze/BuildMachine): no core left idle.
        let machine = BuildMachine(
            availableCores: context.coresAvailable, loadBefore: context.loadAverage)
        if machine.isBusy {
            warnings.append(.busyMachine(load: context.loadAverage, cores: context.coresAvailable))
        }
        // Processes that only wait (a parent in join()) do not compete for a core: count the
        // ones that used at least half a core in the same 10 ms interval.
        if let trace, trace.peakBusyProcesses > context.coresAvailable {
            warnings.append(
                .fewerCores(available: context.coresAvailable, processes: trace.peakBusyProcesses))
        }
        return warnings
    }
}
