import Foundation

/// Something that makes an example's figures less trustworthy, with what to do about it.
enum MeasurementWarning: Sendable, Hashable, Codable {
    /// Runs whose wall time is a modified-z-score outlier.
    case outliers(count: Int, runs: Int)
    /// The first measured run took `ratio` × the median of the others.
    case slowFirstRun(ratio: Double)
    /// The wall time's standard deviation is `fraction` of its mean.
    case unstable(fraction: Double)
    /// The median wall time is below 5 ms.
    case tooShort(seconds: Double)
    /// The 1-minute load average when the build started, against the cores available.
    case busyMachine(load: Double, cores: Int)
    /// More processes were busy at once (≥ half a core each) than cores were available.
    case fewerCores(available: Int, processes: Int)
    /// The side channel could not attribute lines to workers on this interpreter.
    case linesNotAttributed(reason: String)
    /// The hypervisor stole `fraction` of the machine's CPU time while the runs measured.
    case stolenCPU(fraction: Double)
    /// The scheduler took the CPU away `perCPUSecond` times per CPU-second used (ru_nivcsw).
    case preempted(perCPUSecond: Double)

    /// A stable name for `results.json`.
    var kind: String {
        switch self {
        case .outliers: return "outliers"
        case .slowFirstRun: return "slow_first_run"
        case .unstable: return "unstable"
        case .tooShort: return "too_short"
        case .busyMachine: return "busy_machine"
        case .fewerCores: return "fewer_cores"
        case .linesNotAttributed: return "lines_not_attributed"
        case .stolenCPU: return "stolen_cpu"
        case .preempted: return "preempted"
        }
    }

    var text: String {
        switch self {
        case .outliers(let count, let runs):
            return
                "\(count) of \(runs) runs are statistical outliers (modified z-score of wall time above 3.5)."
        case .slowFirstRun(let ratio):
            return String(
                format:
                    "The first measured run took %.2f× the median of the others (sitegen warns from %.2f×).",
                ratio, RunAnalyzer.noticeableRatio)
        case .unstable(let fraction):
            return String(
                format:
                    "The wall time varies a lot: its standard deviation is %.0f %% of the mean.",
                fraction * 100)
        case .tooShort(let seconds):
            return String(
                format: "The example ran for only %.2f ms: start-up noise dominates the figures.",
                seconds * 1000)
        case .busyMachine(let load, let cores):
            return String(
                format:
                    "The machine was busy when the build started: 1-minute load average %.2f for %d available cores.",
                load, cores)
        case .fewerCores(let available, let processes):
            return
                "\(processes) processes were busy at once but only \(available) cores were available: they competed for CPU."
        case .linesNotAttributed(let reason):
            return "Lines not attributed on this interpreter: \(reason)."
        case .stolenCPU(let fraction):
            return String(
                format:
                    "The hypervisor stole %.0f %% of this virtual machine's CPU time while the example ran (steal in /proc/stat): other tenants slowed it down.",
                fraction * 100)
        case .preempted(let rate):
            return String(
                format:
                    "Other programs took the CPU from the example %.0f times per CPU-second (involuntary context switches): it shared its cores.",
                rate)
        }
    }

    var hint: String {
        switch self {
        case .outliers:
            return "close other programs, or set more runs (runs= on the fence, or --runs)"
        case .slowFirstRun:
            return "caches were probably cold: add warm-up runs (warmup= on the fence, or --warmup)"
        case .unstable:
            return "quiet the machine and add runs (--runs) so the median settles"
        case .tooShort:
            return "make the example do more work if its timing matters"
        case .busyMachine:
            return "wait for the machine to be idle, then build again"
        case .fewerCores:
            return "build on a machine with more cores, or read the timings as contended"
        case .linesNotAttributed:
            return
                "the output is shown per stream, without its thread or process; run the example with an interpreter sitegen supports (CPython 3.7+, PyPy 3) to see who printed each line"
        case .stolenCPU:
            return
                "build again later or on a dedicated machine; compare ratios measured in the same rounds rather than absolute times"
        case .preempted:
            return
                "close other programs (or wait for the build machine to be idle) and build again with --rerun"
        }
    }
}
