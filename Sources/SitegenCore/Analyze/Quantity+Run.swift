extension Quantity {
    /// The quantity's figure in one measured run of its example (nil: not recorded in that run;
    /// a speedup compares two examples, so it has no per-run figure of its own). The one place
    /// that says which field of a run each quantity reads, for the verdicts (`Evidence`) and for
    /// the adaptive rounds (`SiteDecider`) alike.
    func value(in run: RunMeasurement) -> Double? {
        switch self {
        case .speedup: nil
        // The start-up is one figure of the environment, subtracted by `Evidence`; per run (the
        // adaptive rounds' view) the wall time stands for it.
        case .wall, .work: run.wallSeconds
        case .cpu: run.userSeconds + run.systemSeconds
        case .rss: Double(run.peakRSSBytes)
        case .pss: run.peakPSSBytes.map(Double.init)
        case .cores: run.cores?.median ?? run.medianCores
        case .result(_, let key): run.resultNumbers?[key]
        case .share(let share, _, let workers):
            run.workers.flatMap { WorkerTime.split($0, named: workers) }?[share]
        case .coresWhenFree:
            run.workerSplit.flatMap { split in
                (run.cores?.median).flatMap { split.waiting < 1 ? $0 / (1 - split.waiting) : nil }
            }
        }
    }
}
