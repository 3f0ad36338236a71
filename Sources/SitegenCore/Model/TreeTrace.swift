/// What the /proc sampler saw of an example's process tree during one run.
struct TreeTrace: Sendable, Hashable, Codable {
    /// One sample of the whole tree.
    struct Sample: Sendable, Hashable, Codable {
        /// Seconds since spawn (CLOCK_MONOTONIC).
        let time: Double
        /// CPU seconds used by the tree since the previous sample, per second of wall time.
        let cores: Double
        /// Sum of the resident sets of the live processes (shared copy-on-write pages count twice).
        let rssBytes: Int
        /// Live processes in the tree.
        let processes: Int
        /// Processes that used at least half a core since the previous sample.
        let busyProcesses: Int

        init(
            time: Double, cores: Double, rssBytes: Int, processes: Int, busyProcesses: Int = 0
        ) {
            self.time = time
            self.cores = cores
            self.rssBytes = rssBytes
            self.processes = processes
            self.busyProcesses = busyProcesses
        }
    }

    /// CPU and memory of one process of the tree, over the samples that saw it.
    struct Process: Sendable, Hashable, Codable {
        let pid: Int32
        /// CPU seconds of all its threads (schedstat), up to the last sample that saw them.
        let cpuSeconds: Double
        let firstSeen: Double
        let lastSeen: Double
        let peakRSSBytes: Int
        /// Threads seen in it.
        let threads: Int

    }

    let samples: [Sample]
    let processes: [Process]
    /// CPU seconds of every thread ever seen in the tree (exited threads included).
    let cpuSeconds: Double

    /// Peak PSS of the tree (shared pages counted once), when `smaps_rollup` could be read.
    let peakPSSBytes: Int?
    /// Every thread the samples saw, with its life split as far as they saw it.
    let workers: [WorkerTime]

    init(
        samples: [Sample], processes: [Process], cpuSeconds: Double, peakPSSBytes: Int? = nil,
        workers: [WorkerTime] = []
    ) {
        self.workers = workers
        self.peakPSSBytes = peakPSSBytes
        self.samples = samples
        self.processes = processes
        self.cpuSeconds = cpuSeconds
    }

    /// The largest summed RSS of the tree over the samples.
    var peakRSSBytes: Int { samples.map(\.rssBytes).max() ?? 0 }
    /// The most processes alive at once.
    var peakProcesses: Int { samples.map(\.processes).max() ?? 0 }
    /// The most processes busy (≥ half a core) at once.
    var peakBusyProcesses: Int { samples.map(\.busyProcesses).max() ?? 0 }
    /// The largest per-sample CPU use, in cores.
    var peakCores: Double { samples.map(\.cores).max() ?? 0 }
}
