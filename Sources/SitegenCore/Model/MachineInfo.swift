// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// The machine an example ran on, as shown on the page and in `results.json`.
struct MachineInfo: Sendable, Hashable, Codable {
    /// Cores available to the build (affinity), as `cores_available`; kept for schema 1 readers.
    let cores: Int
    let os: String
    let kernel: String
    let architecture: String
    /// Interpreter versions by language, e.g. `["python": "3.11.7 (CPython)"]`.
    let interpreters: [String: String]
    /// From /proc/cpuinfo's "model name".
    let cpuModel: String
    let coresOnline: Int
    let coresAvailable: Int
    /// Physical cores and hardware threads (SMT siblings share a core) from
    /// `/sys/devices/system/cpu/cpu*/topology`; nil where not exposed.
    let physicalCores: Int?
    let hardwareThreads: Int?
    /// MemTotal from /proc/meminfo.
    let memoryBytes: Int
    /// 1-minute load averages from /proc/loadavg before and after the examples ran.
    let loadBefore: Double?
    let loadAfter: Double?
    /// What each interpreter states about itself beyond its version (Python's GIL), one entry
    /// per interpreter whose runtime probes facts, sorted by language.
    let interpreterFacts: [InterpreterFacts]
    let sitegenVersion: String
    /// The build's date, UTC, `YYYY-MM-DD`: the only timestamp in the output.
    let date: String
    /// Each interpreted language's start-up in this environment (`StartupTime`); nil in a card
    /// measured before sitegen measured it.
    let startups: [StartupTime]?

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

    /// The card, built once by the stage that knows every fact (`MachineProbe.collect`, or a
    /// reader of `results.json` or the cache).
    init(
        cores: Int, os: String, kernel: String, architecture: String,
        interpreters: [String: String], cpuModel: String = "", coresOnline: Int = 0,
        coresAvailable: Int = 0, physicalCores: Int? = nil, hardwareThreads: Int? = nil,
        memoryBytes: Int = 0, loadBefore: Double? = nil, loadAfter: Double? = nil,
        interpreterFacts: [InterpreterFacts] = [], sitegenVersion: String = "", date: String = "",
        startups: [StartupTime]? = nil
    ) {
        self.startups = startups
        self.cores = cores
        self.os = os
        self.kernel = kernel
        self.architecture = architecture
        self.interpreters = interpreters
        self.cpuModel = cpuModel
        self.coresOnline = coresOnline
        self.coresAvailable = coresAvailable
        self.physicalCores = physicalCores
        self.hardwareThreads = hardwareThreads
        self.memoryBytes = memoryBytes
        self.loadBefore = loadBefore
        self.loadAfter = loadAfter
        self.interpreterFacts = interpreterFacts
        self.sitegenVersion = sitegenVersion
        self.date = date
    }

    /// The card of one environment joined from shards: `other`'s interpreter versions and facts
    /// added where this card has none for the language.
    func joined(with other: MachineInfo) -> MachineInfo {
        let stated = Set(interpreterFacts.map(\.language))
        return MachineInfo(
            cores: cores, os: os, kernel: kernel, architecture: architecture,
            interpreters: interpreters.merging(other.interpreters) { first, _ in first },
            cpuModel: cpuModel, coresOnline: coresOnline, coresAvailable: coresAvailable,
            physicalCores: physicalCores, hardwareThreads: hardwareThreads,
            memoryBytes: memoryBytes, loadBefore: loadBefore, loadAfter: loadAfter,
            interpreterFacts: interpreterFacts
                + other.interpreterFacts.filter { !stated.contains($0.language) },
            sitegenVersion: sitegenVersion, date: date, startups: startups ?? other.startups)
    }

    /// The same card with the environment's start-ups (`StartupTime`).
    func with(startups: [StartupTime]) -> MachineInfo {
        MachineInfo(
            cores: cores, os: os, kernel: kernel, architecture: architecture,
            interpreters: interpreters, cpuModel: cpuModel, coresOnline: coresOnline,
            coresAvailable: coresAvailable, physicalCores: physicalCores,
            hardwareThreads: hardwareThreads, memoryBytes: memoryBytes, loadBefore: loadBefore,
            loadAfter: loadAfter, interpreterFacts: interpreterFacts,
            sitegenVersion: sitegenVersion, date: date, startups: startups)
    }
}
