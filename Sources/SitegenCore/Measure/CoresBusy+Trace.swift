extension CoresBusy {
    /// A sample counts as "busy" for the fallback window when the tree used at least this many
    /// cores in it (the sampler's own threshold for a busy process).
    static let busyThreshold = 0.5

    /// The distribution of `cores` over the samples taken while the workers ran.
    ///
    /// The window is from the first worker's start to the last worker's end when the run's
    /// worker events are known (Python examples: threads other than the main one, processes
    /// other than the main one), else from the first to the last sample where the tree used at
    /// least half a core (a sequential program is its own worker). nil without such samples.
    static func of(_ trace: TreeTrace, events: [WorkerEvent] = []) -> CoresBusy? {
        let samples = trace.samples.dropFirst()  // the first sample has no interval before it
        let workers = events.filter { event in
            switch event.kind {
            case .threadStart, .threadEnd: return event.name != "MainThread"
            case .processStart, .processEnd: return event.method != "main"
            }
        }
        let window: ClosedRange<Double>
        if let first = workers.map(\.time).min(), let last = workers.map(\.time).max(),
            last > first
        {
            window = first...last
        } else {
            let busy = samples.filter { $0.cores >= busyThreshold }
            guard let first = busy.first?.time, let last = busy.last?.time else { return nil }
            window = first...last
        }
        let inside = samples.filter { window.contains($0.time) }.map(\.cores).sorted()
        guard !inside.isEmpty else { return nil }
        return CoresBusy(
            p10: Intervals.quantile(sorted: inside, 0.1),
            median: Intervals.quantile(sorted: inside, 0.5),
            p90: Intervals.quantile(sorted: inside, 0.9), samples: inside.count,
            from: window.lowerBound, to: window.upperBound)
    }
}
