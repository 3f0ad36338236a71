// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// The measurement records of `results.json` (schema 2).
extension ResultsDocument {
    static func line(_ line: OutputLine) -> Line {
        Line(
            t_s: line.time, stream: line.stream.rawValue, text: line.text, pid: line.owner?.pid,
            tid: line.owner?.tid, thread: line.owner?.thread, process: line.owner?.process)
    }

    /// One measured run. `peak_rss_bytes` is the tree's summed RSS when `tree_sampled`.
    /// Schema 4 adds the round, the cores busy and the machine's noise (null when unknown).
    struct Run: Codable, Sendable {
        var wall_s: Double
        var user_s: Double
        var sys_s: Double
        var peak_rss_bytes: Int
        var tree_sampled: Bool
        /// Peak PSS of the tree (`smaps_rollup`); null when not sampled.
        var peak_pss_bytes: Int?
        /// Median cores busy over the run's CPU trace; null when not sampled.
        var median_cores: Double?
        /// The numbers of the run's last `RESULT {json}` line; null when it printed none.
        var result: [String: Double]?
        var round: Int?
        var cores_p10: Double?
        var cores_median: Double?
        var cores_p90: Double?
        var steal_s: Double?
        var nivcsw: Int?
        var cpu_mhz: Double?
        /// Each worker's life split three ways; null when the tree was not sampled.
        var workers: [Worker]?

        init(_ run: RunMeasurement) {
            wall_s = run.wallSeconds
            user_s = run.userSeconds
            sys_s = run.systemSeconds
            peak_rss_bytes = run.peakRSSBytes
            tree_sampled = run.treeSampled
            peak_pss_bytes = run.peakPSSBytes
            median_cores = run.medianCores
            result = run.resultNumbers
            round = run.round
            cores_p10 = run.cores?.p10
            cores_median = run.cores?.median
            cores_p90 = run.cores?.p90
            steal_s = run.stealSeconds
            nivcsw = run.involuntarySwitches
            cpu_mhz = run.cpuMHz
            workers = run.workers?.map(Worker.init)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(wall_s, forKey: .wall_s)
            try container.encode(user_s, forKey: .user_s)
            try container.encode(sys_s, forKey: .sys_s)
            try container.encode(peak_rss_bytes, forKey: .peak_rss_bytes)
            try container.encode(tree_sampled, forKey: .tree_sampled)
            try container.encode(peak_pss_bytes, forKey: .peak_pss_bytes)
            try container.encode(median_cores, forKey: .median_cores)
            try container.encode(result, forKey: .result)
            try container.encode(round, forKey: .round)
            try container.encode(cores_p10, forKey: .cores_p10)
            try container.encode(cores_median, forKey: .cores_median)
            try container.encode(cores_p90, forKey: .cores_p90)
            try container.encode(steal_s, forKey: .steal_s)
            try container.encode(nivcsw, forKey: .nivcsw)
            try container.encode(cpu_mhz, forKey: .cpu_mhz)
            try container.encode(workers, forKey: .workers)
        }
    }

    /// One worker of a run (a thread; a process's main thread stands for the process): its
    /// life in ns, split into running on a CPU, waiting for one (run_delay) and blocked
    /// (lifetime − running − waiting), from `/proc/PID/task/TID/schedstat`.
    struct Worker: Codable, Sendable {
        var pid: Int32
        var tid: Int32
        var thread: String
        var process: String
        var parent_pid: Int32?
        var root: Bool
        var waits_for_children: Bool
        /// Seconds since spawn (CLOCK_MONOTONIC) at which the counted life starts.
        var start_s: Double
        var lifetime_ns: UInt64
        var running_ns: UInt64
        var waiting_ns: UInt64
        var blocked_ns: UInt64
        /// `side_channel` (read by the worker itself at its start and end) or `sampler` (the
        /// /proc sampler's first and last reading).
        var source: String

        init(_ worker: WorkerTime) {
            pid = worker.pid
            tid = worker.tid
            thread = worker.thread
            process = worker.process
            parent_pid = worker.parentPID
            root = worker.isRoot
            waits_for_children = worker.waitsForChildren
            start_s = worker.start
            lifetime_ns = worker.lifetimeNs
            running_ns = worker.runningNs
            waiting_ns = worker.waitingNs
            blocked_ns = worker.blockedNs
            source = worker.source.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pid, forKey: .pid)
            try container.encode(tid, forKey: .tid)
            try container.encode(thread, forKey: .thread)
            try container.encode(process, forKey: .process)
            try container.encode(parent_pid, forKey: .parent_pid)
            try container.encode(root, forKey: .root)
            try container.encode(waits_for_children, forKey: .waits_for_children)
            try container.encode(start_s, forKey: .start_s)
            try container.encode(lifetime_ns, forKey: .lifetime_ns)
            try container.encode(running_ns, forKey: .running_ns)
            try container.encode(waiting_ns, forKey: .waiting_ns)
            try container.encode(blocked_ns, forKey: .blocked_ns)
            try container.encode(source, forKey: .source)
        }
    }

    /// How the example's measurement group was measured (schema 4).
    struct Group: Codable, Sendable {
        var members: [String]
        var rounds: Int
        var minimum_rounds: Int
        var stopped: String
        var reason: String
        var budget_s: Double
        var spent_s: Double

        init(_ report: GroupReport) {
            members = report.members
            rounds = report.rounds
            minimum_rounds = report.minimumRounds
            stopped = report.stop.rawValue
            reason = report.reason
            budget_s = report.budgetSeconds
            spent_s = report.spentSeconds
        }
    }

    /// Each figure over the measured runs.
    struct Stats: Codable, Sendable {
        var runs: Int
        var wall_s: FigureRecord
        var user_s: FigureRecord
        var sys_s: FigureRecord
        var cpu_util: FigureRecord
        var peak_rss_bytes: FigureRecord
        /// Each run's median cores busy, summarized (schema 4; absent when not sampled).
        var cores_busy: FigureRecord?
        /// Runs whose CPU workers waited for a core under 10 % of their lives (absent when no
        /// run split its workers' time).
        var undisturbed_runs: Int?

        init(_ stats: ExampleStats) {
            undisturbed_runs = stats.undisturbedRuns
            cores_busy = stats.coresBusy.map(FigureRecord.init)
            runs = stats.runs
            wall_s = FigureRecord(stats.wall)
            user_s = FigureRecord(stats.user)
            sys_s = FigureRecord(stats.system)
            cpu_util = FigureRecord(stats.cpuUtilization)
            peak_rss_bytes = FigureRecord(stats.peakRSS)
        }
    }

    struct Warning: Codable, Sendable {
        var kind: String
        var text: String
        var hint: String

        init(_ warning: MeasurementWarning) {
            kind = warning.kind
            text = warning.text
            hint = warning.hint
        }
    }

    /// A worker starting or ending (`proc_start`, `proc_end`, `thread_start`, `thread_end`).
    struct Event: Codable, Sendable {
        var kind: String
        var t_s: Double
        var pid: Int32
        var tid: Int32?
        var name: String
        var method: String?
        var exitcode: Int?

        init(_ event: WorkerEvent) {
            kind = event.kind.rawValue
            t_s = event.time
            pid = event.pid
            tid = event.tid
            name = event.name
            method = event.method
            exitcode = event.exitCode
        }
    }

    /// One /proc sample of the tree: cores busy since the previous sample, summed RSS, live processes.
    struct TraceSample: Codable, Sendable {
        var t_s: Double
        var cores: Double
        var rss_bytes: Int
        var processes: Int
        /// Processes that used at least half a core since the previous sample.
        var busy_processes: Int

        init(_ sample: TreeTrace.Sample) {
            t_s = sample.time
            cores = sample.cores
            rss_bytes = sample.rssBytes
            processes = sample.processes
            busy_processes = sample.busyProcesses
        }
    }

    /// The tree of the shown run: total sampled CPU, peak summed RSS, and each process.
    struct Tree: Codable, Sendable {
        var cpu_s: Double
        var peak_rss_bytes: Int
        var processes: [Process]

        struct Process: Codable, Sendable {
            var pid: Int32
            var cpu_s: Double
            var first_t_s: Double
            var last_t_s: Double
            var peak_rss_bytes: Int
            var threads: Int
        }

        init(_ trace: TreeTrace) {
            cpu_s = trace.cpuSeconds
            peak_rss_bytes = trace.peakRSSBytes
            processes = trace.processes.map {
                Process(
                    pid: $0.pid, cpu_s: $0.cpuSeconds, first_t_s: $0.firstSeen,
                    last_t_s: $0.lastSeen,
                    peak_rss_bytes: $0.peakRSSBytes, threads: $0.threads)
            }
        }
    }
}
