/// The Measure stage: statistics and warnings for each example from its measured runs.
enum RunAnalyzer {
    /// A first run is "much slower" when its modified z-score exceeds the outlier threshold, as
    /// hyperfine checks it (src/benchmark/mod.rs), **and** it took at least `noticeableRatio` ×
    /// the others' median. Runs as steady as `sleep 0.4` have a MAD of microseconds, so the
    /// z-score alone called a first run 1.004× the others an outlier ("1.00× slower … caches were
    /// probably cold"). The margin is pyperf's 10 % (the `unstableFraction` below): a difference
    /// the build already accepts between any two runs is not worth a warning. Outliers need the
    /// same margin from the median, for the same reason.
    static let noticeableRatio = 1.10
    /// σ/mean at or above 10 % is unstable: pyperf's check (pyperf/_cli.py, "unstable").
    static let unstableFraction = 0.10
    /// Below 5 ms, process start-up dominates (hyperfine warns under 5 ms too).
    static let shortestMeaningful = 0.005
    /// Steal at or above 10 % of the machine's CPU time: the level at which Brendan Gregg
    /// (Systems Performance, 2nd ed., 2020, ch. 11 "Cloud Computing", and his guidance
    /// on `%steal` in `mpstat`/`vmstat`) treats a guest as starved by its neighbours.
    static let stolenFraction = 0.10
    /// Involuntary context switches per CPU-second at or above which a run shared its core. A
    /// CPU-bound task alone on a core is preempted only by brief kernel work; CFS gives
    /// competing tasks slices of a few ms (`sched_latency_ns` 6 ms × (1 + log₂ CPUs), split
    /// between the runnable tasks), i.e. hundreds of switches per second. 50/s means the core
    /// was taken away at least every 20 ms on average: another runnable task was there.
    static let preemptionRate = 50.0

    /// The load and cores the warnings compare against.
    struct Context: Sendable, Hashable {
        let loadAverage: Double
        let coresAvailable: Int
        /// CPUs online (steal in /proc/stat is summed over all of them).
        let coresOnline: Int
        init(loadAverage: Double, coresAvailable: Int, coresOnline: Int? = nil) {
            self.loadAverage = loadAverage
            self.coresAvailable = coresAvailable
            self.coresOnline = coresOnline ?? coresAvailable
        }
    }

    /// The result wrapped with its warnings (its statistics came with its runs).
    static func analyze(_ result: ExampleResult, context: Context) -> ExampleResult {
        guard !result.runs.isEmpty else { return result }
        var found = warnings(runs: result.runs, trace: result.trace, context: context)
        if let reason = result.unattributedReason {
            found.append(.linesNotAttributed(reason: reason))
        }
        return result.analyzed(warnings: found)
    }

    static func warnings(runs: [RunMeasurement], trace: TreeTrace?, context: Context)
        -> [MeasurementWarning]
    {
        var warnings: [MeasurementWarning] = []
        let walls = runs.map(\.wallSeconds)
        let scores = Statistics.modifiedZScores(walls)
        let center = Statistics.median(walls)
        let outliers = zip(walls, scores).filter { wall, score in
            abs(score) > Statistics.outlierThreshold && noticeable(wall, from: center)
        }.count
        let rest = Statistics.median(Array(walls.dropFirst()))
        if walls.count >= 3, scores[0] > Statistics.outlierThreshold, rest > 0,
            walls[0] >= rest * noticeableRatio
        {
            warnings.append(.slowFirstRun(ratio: walls[0] / rest))
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
        warnings += noiseWarnings(runs: runs, coresOnline: context.coresOnline)
        // Processes that only wait (a parent in join()) do not compete for a core: count the
        // ones that used at least half a core in the same 10 ms interval.
        if let trace, trace.peakBusyProcesses > context.coresAvailable {
            warnings.append(
                .fewerCores(available: context.coresAvailable, processes: trace.peakBusyProcesses))
        }
        return warnings
    }

    /// True when `value` is at least `noticeableRatio` × `center` or at most its inverse.
    static func noticeable(_ value: Double, from center: Double) -> Bool {
        guard center > 0, value > 0 else { return value != center }
        return value >= center * noticeableRatio || value * noticeableRatio <= center
    }

    /// Steal and preemption over all measured runs, when high enough to matter.
    static func noiseWarnings(runs: [RunMeasurement], coresOnline: Int) -> [MeasurementWarning] {
        var warnings: [MeasurementWarning] = []
        let measured = runs.filter { $0.stealSeconds != nil }
        let wall = measured.reduce(0) { $0 + $1.wallSeconds }
        if wall > 0, coresOnline > 0 {
            let fraction =
                measured.reduce(0) { $0 + $1.stealSeconds! } / (wall * Double(coresOnline))
            if fraction >= stolenFraction { warnings.append(.stolenCPU(fraction: fraction)) }
        }
        let switched = runs.filter { $0.involuntarySwitches != nil }
        let cpu = switched.reduce(0) { $0 + $1.userSeconds + $1.systemSeconds }
        if cpu > 0.05 {
            let rate = Double(switched.reduce(0) { $0 + $1.involuntarySwitches! }) / cpu
            if rate >= preemptionRate { warnings.append(.preempted(perCPUSecond: rate)) }
        }
        return warnings
    }
}
