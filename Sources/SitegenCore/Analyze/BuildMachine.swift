/// The machine as the verdicts need it: cores this build may use and how busy it was before.
public struct BuildMachine: Sendable, Hashable {
    /// CPUs the build may run on (`sched_getaffinity`, so `taskset -c 0` gives 1).
    public var availableCores: Int
    /// The 1-minute load average read before the build started.
    public var loadBefore: Double

    public init(availableCores: Int, loadBefore: Double) {
        self.availableCores = availableCores
        self.loadBefore = loadBefore
    }

    /// True when other work already kept (almost) every available core busy.
    public var isBusy: Bool { loadBefore > Double(availableCores) - 0.5 }

    /// "load 1.80 on 2 cores".
    var loadPhrase: String {
        "load \(ChartTable.fixed(loadBefore, digits: 2)) on \(availableCores) \(availableCores == 1 ? "core" : "cores")"
    }
}
