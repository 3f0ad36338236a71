extension WorkerTime {
    /// The workers of one run: the sampler's view, with the side channel's figures for every
    /// thread and child process it saw start and end (each read by the worker itself, so a
    /// worker that ended between two samples keeps its last milliseconds), and its names.
    ///
    /// The root keeps the sampler's figures: the sampler reads it once more as a zombie, before
    /// it is reaped, so nothing of its end is lost, and its life counts from the spawn (the side
    /// channel starts only once the interpreter imports it).
    static func merge(sampled: [WorkerTime], events: [WorkerEvent]) -> [WorkerTime] {
        var processNames: [Int32: String] = [:]
        var rootPID: Int32?
        var starts: [String: WorkerEvent] = [:]
        var spans: [String: (start: WorkerEvent, end: WorkerEvent)] = [:]
        for event in events {
            switch event.kind {
            case .processStart:
                processNames[event.pid] = event.name
                if event.method == "root" { rootPID = event.pid }
                starts["p\(event.pid)"] = event
            case .processEnd:
                if let start = starts["p\(event.pid)"] { spans["p\(event.pid)"] = (start, event) }
            case .threadStart:
                starts["t\(event.tid ?? 0)"] = event
            case .threadEnd:
                if let start = starts["t\(event.tid ?? 0)"] {
                    spans["t\(event.tid ?? 0)"] = (start, event)
                }
            }
        }
        var threadNames: [Int32: String] = [:]
        for event in events where event.kind == .threadStart {
            if let tid = event.tid { threadNames[tid] = event.name }
        }
        func exact(_ key: String, pid: Int32) -> (Double, UInt64, UInt64, UInt64)? {
            guard !(key.hasPrefix("p") && pid == rootPID), let span = spans[key],
                let run0 = span.start.runningNs, let wait0 = span.start.waitingNs,
                let run1 = span.end.runningNs, let wait1 = span.end.waitingNs,
                run1 >= run0, wait1 >= wait0, span.end.time >= span.start.time
            else { return nil }
            let life = UInt64((span.end.time - span.start.time) * 1e9)
            return (span.start.time, life, run1 - run0, wait1 - wait0)
        }
        var workers: [WorkerTime] = []
        var covered: Set<String> = []
        for worker in sampled {
            let key = worker.isMainThread ? "p\(worker.pid)" : "t\(worker.tid)"
            let process = processNames[worker.pid]
            // The side channel's names win: a thread's own, else a named process's main thread.
            let thread =
                threadNames[worker.tid]
                ?? (process != nil && worker.isMainThread ? "MainThread" : worker.thread)
            let span = exact(key, pid: worker.pid)
            covered.insert(key)
            workers.append(
                WorkerTime(
                    pid: worker.pid, tid: worker.tid, thread: thread,
                    process: process ?? worker.process, parentPID: worker.parentPID,
                    isRoot: worker.isRoot, waitsForChildren: worker.waitsForChildren,
                    start: span?.0 ?? worker.start, lifetimeNs: span?.1 ?? worker.lifetimeNs,
                    runningNs: span?.2 ?? worker.runningNs, waitingNs: span?.3 ?? worker.waitingNs,
                    source: span == nil ? worker.source : .sideChannel))
        }
        // Workers that lived and ended between two samples.
        for (key, span) in spans where !covered.contains(key) {
            let pid = span.start.pid
            guard let (start, life, running, waiting) = exact(key, pid: pid) else { continue }
            let thread = key.hasPrefix("p") ? "MainThread" : span.start.name
            workers.append(
                WorkerTime(
                    pid: pid, tid: span.start.tid ?? pid, thread: thread,
                    process: processNames[pid] ?? "", isRoot: false, waitsForChildren: false,
                    start: start, lifetimeNs: life, runningNs: running, waitingNs: waiting,
                    source: .sideChannel))
        }
        workers.sort { ($0.start, $0.tid) < ($1.start, $1.tid) }
        return markingParents(workers)
    }

    /// The same workers, each process's main thread marked when it started other workers of the
    /// tree (threads of its own or child processes): it waits for them by design.
    static func markingParents(_ workers: [WorkerTime]) -> [WorkerTime] {
        var threads: [Int32: Int] = [:]
        for worker in workers { threads[worker.pid, default: 0] += 1 }
        let parents = Set(workers.compactMap(\.parentPID))
        return workers.map { worker in
            WorkerTime(
                pid: worker.pid, tid: worker.tid, thread: worker.thread, process: worker.process,
                parentPID: worker.parentPID, isRoot: worker.isRoot,
                waitsForChildren: worker.isMainThread
                    && ((threads[worker.pid] ?? 0) > 1 || parents.contains(worker.pid)),
                start: worker.start, lifetimeNs: worker.lifetimeNs, runningNs: worker.runningNs,
                waitingNs: worker.waitingNs, source: worker.source)
        }
    }
}
