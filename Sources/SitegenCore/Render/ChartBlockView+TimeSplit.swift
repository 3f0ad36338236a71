/// A `kind=timesplit` chart: where each worker's life went, from the `WorkerTime`s of every
/// measured run (median per worker across runs), in the colours of its line table and timeline.
extension ChartBlockView {
    /// The chart and its sentences; `label` names each example as the chart does.
    static func timeSplit(
        _ spec: ChartSpec, _ results: [ExampleResult], label: (ExampleResult) -> String,
        _ context: RenderContext
    ) -> (chart: TimeSplitChart, sentences: [String], runs: Int, brief: String) {
        let runs = results.map { $0.runs.filter { $0.workers != nil }.count }.min() ?? 0
        let groups = results.map { result in
            TimeSplitChart.Group(
                label: label(result), workers: workers(result, context.palette.worker(result)))
        }
        var blocked: [String] = []
        let sentences = zip(results, groups).compactMap { result, group -> String? in
            let workers = group.workers.filter { !$0.waitsForChildren }
            guard !workers.isEmpty else { return nil }
            func span(_ share: (TimeSplitChart.Worker) -> Double) -> String {
                let values = workers.map { TimeSplitChart.percent(share($0)) }
                let low = workers.map(share).min() ?? 0
                let high = workers.map(share).max() ?? 0
                let lowText = TimeSplitChart.percent(low)
                let highText = TimeSplitChart.percent(high)
                return lowText == highText || values.count == 1
                    ? lowText : "\(lowText.dropLast(2))–\(highText)"
            }
            let each = workers.count == 1 ? "its worker" : "each of its \(workers.count) workers"
            blocked.append("\(group.label) \(span(\.blocked))")
            return
                "\(group.label): \(each) ran \(span(\.running)) of its life, waited for a core \(span(\.waiting)) and was blocked \(span(\.blocked))"
        }
        let chart = TimeSplitChart(
            title: spec.title, groups: groups.filter { !$0.workers.isEmpty },
            measure:
                "median of \(plural(runs, "run")), from the kernel's per-thread schedstat")
        let brief = blocked.isEmpty ? "" : "workers blocked: " + blocked.joined(separator: ", ")
        return (chart, sentences, runs, brief)
    }

    /// The example's workers, each the median of its shares across the runs that have them, in
    /// the order of its first run; a worker is the same across runs by its process and thread
    /// names (its pid changes from run to run).
    static func workers(_ result: ExampleResult, _ colours: WorkerColours) -> [TimeSplitChart
        .Worker]
    {
        let runs = result.runs.compactMap(\.workers)
        var order: [String] = []
        var byName: [String: [WorkerTime]] = [:]
        var slots: [String: Int] = [:]
        for run in runs {
            for worker in run where worker.lifetimeNs > 0 {
                if byName[worker.label] == nil { order.append(worker.label) }
                byName[worker.label, default: []].append(worker)
                // The run whose pids the line table shows gives the worker its colour.
                for key in ["\(worker.pid)/\(worker.tid)", "\(worker.pid)/main"]
                where colours.order.contains(key) {
                    slots[worker.label] = colours.slot(key)
                }
            }
        }
        return order.enumerated().compactMap { index, name in
            guard let seen = byName[name], let first = seen.first else { return nil }
            func median(_ value: (WorkerTime) -> UInt64) -> Double {
                Statistics.median(seen.map { Double(value($0)) / Double($0.lifetimeNs) })
            }
            let threaded = Set(runs.flatMap { $0.filter { !$0.isMainThread }.map(\.pid) })
            return TimeSplitChart.Worker(
                label: displayName(
                    first, root: runs.first?.first { $0.isRoot }?.pid,
                    hasThreads: threaded.contains(first.pid)),
                running: median(\.runningNs), waiting: median(\.waitingNs),
                blocked: median(\.blockedNs),
                lifetime: Statistics.median(seen.map { Double($0.lifetimeNs) / 1e9 }),
                slot: slots[name] ?? index % SitePalette.slots,
                waitsForChildren: seen.contains(where: \.waitsForChildren))
        }
    }

    /// A thread of the root by its own name ("MainThread", "Thread-1 (task)"), the main thread of
    /// a process without threads by its process's name ("Process-1"), any other by both.
    static func displayName(_ worker: WorkerTime, root: Int32?, hasThreads: Bool) -> String {
        if worker.isMainThread, !hasThreads {
            return worker.process.isEmpty ? "pid \(worker.pid)" : worker.process
        }
        return worker.pid == root ? worker.thread : "\(worker.process) / \(worker.thread)"
    }
}
