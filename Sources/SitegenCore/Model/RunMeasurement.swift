/// The figures of one measured run of an example.
struct RunMeasurement: Sendable, Hashable, Codable {
    /// Spawn to the root's exit, CLOCK_MONOTONIC, seconds.
    let wallSeconds: Double
    /// CPU of the root and the children it waited for (wait4's rusage), seconds.
    let userSeconds: Double
    let systemSeconds: Double
    /// Peak of the tree's summed RSS from the /proc sampler; wait4's largest single process when
    /// the tree was not sampled (see `treeSampled`).
    let peakRSSBytes: Int
    let treeSampled: Bool
    /// Peak PSS of the tree (shared pages counted once), from the sampler's reads of
    /// `/proc/P/smaps_rollup`; nil when the tree was not sampled.
    let peakPSSBytes: Int?
    /// Median of the CPU trace's cores-busy samples while the tree ran; nil when not sampled.
    let medianCores: Double?
    /// The numbers of the run's last `RESULT {json}` line; nil when it printed none.
    let resultNumbers: [String: Double]?
    /// The interleaved round this run belongs to (1-based; runs of one round were measured one
    /// after the other, so their ratio cancels the drift they share); nil when measured in a block.
    let round: Int?
    /// Cores busy at once while the example's workers ran, from the /proc sampler (nil when the
    /// tree was not sampled).
    let cores: CoresBusy?
    /// CPU seconds the hypervisor stole from this machine (all CPUs) during the run: the `steal`
    /// column of `/proc/stat`'s `cpu` line, after minus before; nil where not readable.
    let stealSeconds: Double?
    /// Involuntary context switches of the process and the children it waited for (wait4's
    /// `ru_nivcsw`): how often the scheduler took a CPU away from it.
    let involuntarySwitches: Int?
    /// Mean current frequency of the CPUs at the end of the run (cpufreq `scaling_cur_freq`), MHz;
    /// nil where cpufreq is not exposed (most VMs).
    let cpuMHz: Double?
    /// Each worker's life split into running, waiting for a core and blocked, for every thread
    /// and process of the tree (`WorkerTime`); nil when the tree was not sampled.
    let workers: [WorkerTime]?

    /// The run as Execute measured it, every figure at once (`ExampleRun.measurement`).
    init(
        wallSeconds: Double, userSeconds: Double, systemSeconds: Double, peakRSSBytes: Int,
        treeSampled: Bool, peakPSSBytes: Int? = nil, medianCores: Double? = nil,
        resultNumbers: [String: Double]? = nil, round: Int? = nil, cores: CoresBusy? = nil,
        stealSeconds: Double? = nil, involuntarySwitches: Int? = nil, cpuMHz: Double? = nil,
        workers: [WorkerTime]? = nil
    ) {
        self.wallSeconds = wallSeconds
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.peakRSSBytes = peakRSSBytes
        self.treeSampled = treeSampled
        self.peakPSSBytes = peakPSSBytes
        self.medianCores = medianCores
        self.resultNumbers = resultNumbers
        self.round = round
        self.cores = cores
        self.stealSeconds = stealSeconds
        self.involuntarySwitches = involuntarySwitches
        self.cpuMHz = cpuMHz
        self.workers = workers
    }

    /// (user + sys) / wall: the average number of cores busy.
    var cpuUtilization: Double {
        wallSeconds > 0 ? (userSeconds + systemSeconds) / wallSeconds : 0
    }
}

/// Statistics of each figure over an example's measured runs.
struct ExampleStats: Sendable, Hashable, Codable {
    let wall: FigureSummary
    let user: FigureSummary
    let system: FigureSummary
    let cpuUtilization: FigureSummary
    let peakRSS: FigureSummary
    /// The median cores busy of each run, summarized (nil when no run was sampled).
    let coresBusy: FigureSummary?
    let runs: Int
    /// Runs whose CPU workers waited for a core less than `RunMeasurement.disturbedWaiting` of
    /// their lives; nil when no run says (not sampled, or measured before the split).
    let undisturbedRuns: Int?

    /// The statistics as `results.json` recorded them.
    init(
        wall: FigureSummary, user: FigureSummary, system: FigureSummary,
        cpuUtilization: FigureSummary, peakRSS: FigureSummary, coresBusy: FigureSummary?,
        runs: Int, undisturbedRuns: Int?
    ) {
        self.wall = wall
        self.user = user
        self.system = system
        self.cpuUtilization = cpuUtilization
        self.peakRSS = peakRSS
        self.coresBusy = coresBusy
        self.runs = runs
        self.undisturbedRuns = undisturbedRuns
    }

    init(_ runs: [RunMeasurement]) {
        wall = FigureSummary(runs.map(\.wallSeconds))
        user = FigureSummary(runs.map(\.userSeconds))
        system = FigureSummary(runs.map(\.systemSeconds))
        cpuUtilization = FigureSummary(runs.map(\.cpuUtilization))
        peakRSS = FigureSummary(runs.map { Double($0.peakRSSBytes) })
        let cores = runs.compactMap { $0.cores?.median }
        coresBusy = cores.isEmpty ? nil : FigureSummary(cores)
        self.runs = runs.count
        let known = runs.compactMap(\.isDisturbed)
        undisturbedRuns = known.isEmpty ? nil : known.filter { !$0 }.count
    }
}
