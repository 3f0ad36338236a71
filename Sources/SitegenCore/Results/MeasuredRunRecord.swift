/// One measured run in `measured[].results[].runs`.
struct MeasuredRunRecord: Codable, Sendable, Hashable {
    var wallSeconds: Double
    var userSeconds: Double
    var systemSeconds: Double
    var peakRSSBytes: Int
    var treeSampled: Bool
    var peakPSSBytes: Int?
    var medianCores: Double?
    var resultNumbers: [String: Double]?
    var round: Int?
    var cores: Cores?
    var stealSeconds: Double?
    var involuntarySwitches: Int?
    var cpuMHz: Double?
    var workers: [Worker]?

    /// Where one worker's life went (`runs[].workers` of `examples[]` has the same in its own
    /// names).
    struct Worker: Codable, Sendable, Hashable {
        var pid: Int32
        var tid: Int32
        var thread: String
        var process: String
        var parentPID: Int32?
        var isRoot: Bool
        var waitsForChildren: Bool
        var start: Double
        var lifetimeNs: UInt64
        var runningNs: UInt64
        var waitingNs: UInt64
        /// `side_channel` or `sampler`.
        var source: String
    }

    /// Cores busy at once while the workers ran, from `from` to `to` seconds.
    struct Cores: Codable, Sendable, Hashable {
        var p10: Double
        var median: Double
        var p90: Double
        var samples: Int
        var from: Double
        var to: Double
    }
}

/// Median, mean, standard deviation, minimum and maximum of one figure over the runs.
struct FigureRecord: Codable, Sendable, Hashable {
    var median: Double
    var mean: Double
    var stddev: Double
    var min: Double
    var max: Double
}

/// `measured[].results[].stats`.
struct MeasuredStatsRecord: Codable, Sendable, Hashable {
    var wall: FigureRecord
    var user: FigureRecord
    var system: FigureRecord
    var cpuUtilization: FigureRecord
    var peakRSS: FigureRecord
    var coresBusy: FigureRecord?
    var runs: Int
    var undisturbedRuns: Int?
}

/// A measurement warning with its figures: exactly one key is present.
struct MeasuredWarningRecord: Codable, Sendable, Hashable {
    var outliers: Outliers?
    var slowFirstRun: Ratio?
    var unstable: Fraction?
    var tooShort: Seconds?
    var busyMachine: Busy?
    var fewerCores: Cores?
    var linesNotAttributed: Reason?
    var stolenCPU: Fraction?
    var preempted: Rate?

    struct Outliers: Codable, Sendable, Hashable {
        var count: Int
        var runs: Int
    }
    struct Ratio: Codable, Sendable, Hashable { public var ratio: Double }
    struct Fraction: Codable, Sendable, Hashable { public var fraction: Double }
    struct Seconds: Codable, Sendable, Hashable { public var seconds: Double }
    struct Busy: Codable, Sendable, Hashable {
        var load: Double
        var cores: Int
    }
    struct Cores: Codable, Sendable, Hashable {
        var available: Int
        var processes: Int
    }
    struct Reason: Codable, Sendable, Hashable { public var reason: String }
    struct Rate: Codable, Sendable, Hashable { public var perCPUSecond: Double }

    init() {}
}

/// The /proc sampler's view of the shown run, in `measured[].results[].trace`.
struct MeasuredTraceRecord: Codable, Sendable, Hashable {
    var samples: [Sample]
    var processes: [Process]
    var cpuSeconds: Double
    var peakPSSBytes: Int?

    struct Sample: Codable, Sendable, Hashable {
        var time: Double
        var cores: Double
        var rssBytes: Int
        var processes: Int
        var busyProcesses: Int
    }

    struct Process: Codable, Sendable, Hashable {
        var pid: Int32
        var cpuSeconds: Double
        var firstSeen: Double
        var lastSeen: Double
        var peakRSSBytes: Int
        var threads: Int
    }
}
