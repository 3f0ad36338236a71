// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// The machine an example ran on, as shown on the page and in `results.json`.
public struct MachineInfo: Sendable, Hashable, Codable {
    /// Cores available to the build (affinity), as `cores_available`; kept for schema 1 readers.
    public var cores: Int
    public var os: String
    public var kernel: String
    public var architecture: String
    /// Interpreter versions by language, e.g. `["python": "3.11.7 (CPython)"]`.
    public var interpreters: [String: String]
    /// From /proc/cpuinfo's "model name".
    public var cpuModel: String = ""
    public var coresOnline: Int = 0
    public var coresAvailable: Int = 0
    /// Physical cores and hardware threads (SMT siblings share a core) from
    /// `/sys/devices/system/cpu/cpu*/topology`; nil where not exposed.
    public var physicalCores: Int?
    public var hardwareThreads: Int?
    /// MemTotal from /proc/meminfo.
    public var memoryBytes: Int = 0
    /// 1-minute load averages from /proc/loadavg before and after the examples ran.
    public var loadBefore: Double?
    public var loadAfter: Double?
    /// What each interpreter states about itself beyond its version (Python's GIL), one entry
    /// per interpreter whose runtime probes facts, sorted by language.
    public var interpreterFacts: [InterpreterFacts] = []
    public var sitegenVersion: String = ""
    /// The build's date, UTC, `YYYY-MM-DD`: the only timestamp in the output.
    public var date: String = ""
    /// Each interpreted language's start-up in this environment (`StartupTime`); nil in a card
    /// measured before sitegen measured it.
    public var startups: [StartupTime]?

    enum CodingKeys: String, CodingKey {
        case cores, os, kernel, architecture, interpreters, date
        case cpuModel = "cpu_model"
        case coresOnline = "cores_online"
        case coresAvailable = "cores_available"
        case physicalCores = "physical_cores"
        case hardwareThreads = "hardware_threads"
        case memoryBytes = "memory_bytes"
        case loadBefore = "load_before"
        case loadAfter = "load_after"
        case sitegenVersion = "sitegen_version"
        case interpreterFacts = "interpreter_facts"
        case startups
    }

    public init(
        cores: Int, os: String, kernel: String, architecture: String, interpreters: [String: String]
    ) {
        self.cores = cores
        self.os = os
        self.kernel = kernel
        self.architecture = architecture
        self.interpreters = interpreters
    }
}
