extension ClaimChecks {
    /// Processes use more memory than threads doing the same work: peak bytes per run.
    public static func processesUseMoreMemory(
        threads: SampleStats, processes: SampleStats, workers: Int
    )
        -> Finding
    {
        let numbers =
            "\(workers) processes peaked at \(MemoryChart.format(Int(processes.median))), \(workers) threads at \(MemoryChart.format(Int(threads.median))) (medians)"
        if processes.min > threads.max {
            return Finding(.holds, "\(numbers): every process run used more than any thread run")
        }
        if processes.max < threads.min {
            return Finding(.fails, "\(numbers): every process run used less")
        }
        return Finding(.inconclusive, "\(numbers): the runs overlap")
    }

    /// Passing a message between processes is slower than between threads: seconds per message, per size.
    public static func ipcSlowerThanSharing(
        _ sizes: [(size: String, threads: SampleStats, processes: SampleStats)]
    )
        -> Finding
    {
        guard !sizes.isEmpty else {
            return Finding(.inconclusive, "no message sizes were measured")
        }
        let ratios = sizes.map {
            (size: $0.size, ratio: SpeedRatio.of($0.threads, over: $0.processes))
        }
        let numbers = ratios.map { "\($0.size): threads \($0.ratio.formatted) × as fast" }.joined(
            separator: "; ")
        if ratios.allSatisfy({ $0.ratio.interval(k: sigmas).lowerBound > 1 }) {
            return Finding(.holds, "\(numbers): IPC was slower at every message size")
        }
        if ratios.allSatisfy({ $0.ratio.interval(k: sigmas).upperBound < 1 }) {
            return Finding(.fails, "\(numbers): IPC was faster at every message size")
        }
        return Finding(.inconclusive, "\(numbers): no consistent difference beyond the noise")
    }

    /// Threads updating a shared counter without a lock lose updates; with a lock they do not.
    public static func sharedMemoryRaces(expected: Int, unlocked: [Int], locked: [Int]) -> Finding {
        guard !unlocked.isEmpty, !locked.isEmpty else {
            return Finding(.inconclusive, "the race experiment did not run")
        }
        if let wrong = locked.first(where: { $0 != expected }) {
            return Finding(
                .inconclusive,
                "with a lock the counter ended at \(wrong), not \(expected): the experiment itself is off"
            )
        }
        let lossy = unlocked.filter { $0 < expected }
        let worst = unlocked.min() ?? expected
        if !lossy.isEmpty {
            return Finding(
                .holds,
                "without a lock \(lossy.count) of \(unlocked.count) runs lost updates (lowest \(worst) of \(expected)); with a lock every run counted exactly \(expected)"
            )
        }
        return Finding(
            .inconclusive,
            "no update was lost in \(unlocked.count) runs without a lock; that does not show a race cannot happen"
        )
    }

    /// A child process's changes do not reach the parent's variable.
    public static func processesHaveOwnMemory(parentCounter: [Int], childIncrements: Int) -> Finding
    {
        guard !parentCounter.isEmpty, childIncrements > 0 else {
            return Finding(.inconclusive, "the experiment did not run")
        }
        if parentCounter.allSatisfy({ $0 == 0 }) {
            return Finding(
                .holds,
                "the children added \(childIncrements) in total, the parent's counter stayed 0 in all \(parentCounter.count) runs"
            )
        }
        if parentCounter.contains(childIncrements) {
            return Finding(
                .fails,
                "the parent's counter reached \(childIncrements): the children's updates were shared"
            )
        }
        return Finding(
            .inconclusive,
            "the parent's counter ended at \(parentCounter.map(String.init).joined(separator: ", "))"
        )
    }
}
