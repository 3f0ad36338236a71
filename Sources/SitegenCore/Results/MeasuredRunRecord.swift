/// One measured run in `measured[].results[].runs`.
public struct MeasuredRunRecord: Codable, Sendable, Hashable {
    public var wallSeconds: Double
    public var userSeconds: Double
    public var systemSeconds: Double
    public var peakRSSBytes: Int
    public var treeSampled: Bool
    public var peakPSSBytes: Int?
    public var medianCores: Double?
    public var resultNumbers: [String: Double]?
    public var round: Int?
    public var cores: Cores?
    public var stealSeconds: Double?
    public var involuntarySwitches: Int?
    public var cpuMHz: Double?
    public var workers: [Worker]?

    /// Where one worker's life went (`runs[].workers` of `examples[]` has the same in its own
    /// names).
    public struct Worker: Codable, Sendable, Hashable {
        public var pid: Int32
        public var tid: Int32
        public var thread: String
        public var process: String
        public var parentPID: Int32?
        public var isRoot: Bool
        public var waitsForChildren: Bool
        public var start: Double
        public var lifetimeNs: UInt64
        public var runningNs: UInt64
        public var waitingNs: UInt64
        /// `side_channel` or `sampler`.
        public var source: String
    }

    /// Cores busy at once while the workers ran, from `from` to `to` seconds.
    public struct Cores: Codable, Sendable, Hashable {
        public var p10: Double
        public var median: Double
        public var p90: Double
        public var samples: Int
        public var from: Double
        public var to: Double
    }
}

/// Median, mean, standard deviation, minimum and maximum of one figure over the runs.
public struct FigureRecord: Codable, Sendable, Hashable {
    public var median: Double
    public var mean: Double
    public var stddev: Double
    public var min: Double
    public var max: Double
}

/// `measured[].results[].stats`.
public struct MeasuredStatsRecord: Codable, Sendable, Hashable {
    public var wall: FigureRecord
    public var user: FigureRecord
    public var system: FigureRecord
    public var cpuUtilization: FigureRecord
    public var peakRSS: FigureRecord
    public var coresBusy: FigureRecord?
    public var runs: Int
    public var undisturbedRuns: Int?
}

/// A measurement warning with its figures: exactly one key is present.
public struct MeasuredWarningRecord: Codable, Sendable, Hashable {
    public var outliers: Outliers?
    public var slowFirstRun: Ratio?
    public var unstable: Fraction?
    public var tooShort: Seconds?
    public var busyMachine: Busy?
    public var fewerCores: Cores?
    public var linesNotAttributed: Reason?
    public var stolenCPU: Fraction?
    public var preempted: Rate?

    public struct Outliers: Codable, Sendable, Hashable {
        public var count: Int
        public var runs: Int
    }
    public struct Ratio: Codable, Sendable, Hashable { public var ratio: Double }
    public struct Fraction: Codable, Sendable, Hashable { public var fraction: Double }
    public struct Seconds: Codable, Sendable, Hashable { public var seconds: Double }
    public struct Busy: Codable, Sendable, Hashable {
        public var load: Double
        public var cores: Int
    }
    public struct Cores: Codable, Sendable, Hashable {
        public var available: Int
        public var processes: Int
    }
    public struct Reason: Codable, Sendable, Hashable { public var reason: String }
    public struct Rate: Codable, Sendable, Hashable { public var perCPUSecond: Double }

    init() {}
}

/// The /proc sampler's view of the shown run, in `measured[].results[].trace`.
public struct MeasuredTraceRecord: Codable, Sendable, Hashable {
    public var samples: [Sample]
    public var processes: [Process]
    public var cpuSeconds: Double
    public var peakPSSBytes: Int?

    public struct Sample: Codable, Sendable, Hashable {
        public var time: Double
        public var cores: Double
        public var rssBytes: Int
        public var processes: Int
        public var busyProcesses: Int
    }

    public struct Process: Codable, Sendable, Hashable {
        public var pid: Int32
        public var cpuSeconds: Double
        public var firstSeen: Double
        public var lastSeen: Double
        public var peakRSSBytes: Int
        public var threads: Int
    }
}
