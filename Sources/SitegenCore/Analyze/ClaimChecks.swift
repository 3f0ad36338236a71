/// Pure verdict functions, one per claim: measured figures in, verdict and reason out.
///
/// Two rules hold for all of them: a machine with fewer available cores than an effect needs gives
/// `inconclusive`, and a busy machine never turns `holds` into `fails` or back: load can only hide
/// a speedup, so a verdict that rests on a missing speedup becomes `inconclusive` when it was busy.
public enum ClaimChecks {
    /// Speedup that counts as "ran in parallel" for 2 workers: 65 % of the ideal 2×.
    public static let parallelSpeedup = 1.3
    /// Standard deviations a ratio must clear a threshold by (about 95 % if the noise were normal).
    public static let sigmas = 2.0

    /// How a measured speedup compares with a threshold, beyond the noise.
    enum Outcome { case faster, notFaster, unclear }

    static func outcome(_ ratio: SpeedRatio, threshold: Double) -> Outcome {
        let interval = ratio.interval(k: sigmas)
        guard ratio.ratio.isFinite else { return .unclear }
        if interval.lowerBound > threshold { return .faster }
        if interval.upperBound < threshold { return .notFaster }
        return .unclear
    }

    /// The GIL keeps CPU-bound threads from running in parallel: threads vs sequential.
    ///
    /// `processes`, the same work in as many processes in the same build, is the control: when
    /// they ran in parallel, the cores were free for the threads too, whatever the load average.
    public static func gilBlocksThreads(
        sequential: SampleStats, threads: SampleStats, workers: Int, machine: BuildMachine,
        processes: SampleStats? = nil
    ) -> Finding {
        let ratio = SpeedRatio.of(threads, over: sequential)
        let control = processes.map { SpeedRatio.of($0, over: sequential) }
        if let control, machine.isBusy, machine.availableCores >= workers,
            outcome(control, threshold: parallelSpeedup) == .faster,
            outcome(ratio, threshold: parallelSpeedup) == .notFaster
        {
            return Finding(
                .holds,
                "\(workers) threads vs sequential (CPU-bound): \(ratio.formatted) × speedup, below \(ChartTable.fixed(parallelSpeedup, digits: 1))× by more than \(Int(sigmas))σ, while \(workers) processes in the same build ran \(control.formatted) × faster than sequential: the cores were free (\(machine.loadPhrase) before the build), the threads did not run in parallel"
            )
        }
        return speedupFinding(
            ratio, what: "\(workers) threads vs sequential (CPU-bound)", holdsWhenFaster: false,
            workers: workers, machine: machine)
    }

    /// Processes run CPU-bound work in parallel: processes vs sequential.
    public static func processesRunInParallel(
        sequential: SampleStats, processes: SampleStats, workers: Int, machine: BuildMachine
    ) -> Finding {
        let ratio = SpeedRatio.of(processes, over: sequential)
        return speedupFinding(
            ratio, what: "\(workers) processes vs sequential (CPU-bound)", holdsWhenFaster: true,
            workers: workers, machine: machine)
    }

    /// Processes beat threads on CPU-bound work: processes vs threads.
    public static func processesBeatThreads(
        threads: SampleStats, processes: SampleStats, workers: Int, machine: BuildMachine
    ) -> Finding {
        let ratio = SpeedRatio.of(processes, over: threads)
        return speedupFinding(
            ratio, what: "\(workers) processes vs \(workers) threads (CPU-bound)",
            holdsWhenFaster: true,
            workers: workers, machine: machine)
    }

    /// Threads suit I/O-bound work: they overlap the waits, and processes do no better.
    public static func threadsSuitIO(
        sequential: SampleStats, threads: SampleStats, processes: SampleStats, workers: Int,
        machine: BuildMachine
    ) -> Finding {
        let overlap = SpeedRatio.of(threads, over: sequential)
        let versus = SpeedRatio.of(threads, over: processes)
        let numbers =
            "\(workers) threads ran \(overlap.formatted) × as fast as sequential and \(versus.formatted) × as fast as \(workers) processes (I/O-bound)"
        switch outcome(overlap, threshold: parallelSpeedup) {
        case .notFaster:
            if machine.isBusy {
                return Finding(
                    .inconclusive,
                    "\(numbers); the machine was busy (\(machine.loadPhrase)), which can hide the overlap"
                )
            }
            return Finding(.fails, "\(numbers): the threads did not overlap their waits")
        case .unclear:
            return Finding(
                .inconclusive, "\(numbers): the difference is within the noise (±\(Int(sigmas))σ)")
        case .faster:
            // Processes clearly ahead (threads below 1/1.1 of their speed) would contradict "better".
            if versus.interval(k: sigmas).upperBound < 1 / 1.1 {
                return Finding(.fails, "\(numbers): processes were clearly faster")
            }
            return Finding(
                .holds, "\(numbers): threads overlap I/O waits as well as processes, at lower cost")
        }
    }

    static func speedupFinding(
        _ ratio: SpeedRatio, what: String, holdsWhenFaster: Bool, workers: Int,
        machine: BuildMachine
    ) -> Finding {
        let numbers = "\(what): \(ratio.formatted) × speedup"
        guard machine.availableCores >= workers else {
            return Finding(
                .inconclusive,
                "\(numbers), but only \(machine.availableCores) of the \(workers) cores the effect needs were available"
            )
        }
        switch outcome(ratio, threshold: parallelSpeedup) {
        case .unclear:
            return Finding(
                .inconclusive,
                "\(numbers): too close to the \(ChartTable.fixed(parallelSpeedup, digits: 1))× threshold for the noise (±\(Int(sigmas))σ)"
            )
        case .faster:
            return Finding(
                holdsWhenFaster ? .holds : .fails,
                "\(numbers), above \(ChartTable.fixed(parallelSpeedup, digits: 1))× by more than \(Int(sigmas))σ: the workers ran in parallel"
            )
        case .notFaster:
            if machine.isBusy {
                return Finding(
                    .inconclusive,
                    "\(numbers), but the machine was busy before the build (\(machine.loadPhrase)), which alone can hold a speedup back"
                )
            }
            return Finding(
                holdsWhenFaster ? .fails : .holds,
                "\(numbers), below \(ChartTable.fixed(parallelSpeedup, digits: 1))× by more than \(Int(sigmas))σ with \(machine.availableCores) cores free: the workers did not run in parallel"
            )
        }
    }
}
