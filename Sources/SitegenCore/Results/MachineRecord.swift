// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// `machine` (and `environments[].machine`, `measured[].machine`) in `results.json`: the machine
/// card as the file spells it, whatever the Swift model calls its fields.
public struct MachineRecord: Codable, Sendable, Hashable {
    public var cores: Int
    public var os: String
    public var kernel: String
    public var architecture: String
    public var interpreters: [String: String]
    public var cpu_model: String
    public var cores_online: Int
    public var cores_available: Int
    public var physical_cores: Int?
    public var hardware_threads: Int?
    public var memory_bytes: Int
    public var load_before: Double?
    public var load_after: Double?
    public var python: PythonRecord?
    public var sitegen_version: String
    public var date: String
    /// Each interpreted language's start-up (`StartupRecord`); absent when none was measured.
    public var startup: [StartupRecord]?

    /// What the examples' Python interpreter said about itself: the facts of Python's runtime
    /// (`InterpreterFacts.python`), under the names this file has always used.
    public struct PythonRecord: Codable, Sendable, Hashable {
        public var path: String
        public var version: String
        public var implementation: String
        public var gil: String
        public var start_method: String
        public var free_threaded: Bool?
        public var cores: Int?
    }
}

extension MachineRecord {
    init(_ machine: MachineInfo) {
        cores = machine.cores
        os = machine.os
        kernel = machine.kernel
        architecture = machine.architecture
        interpreters = machine.interpreters
        cpu_model = machine.cpuModel
        cores_online = machine.coresOnline
        cores_available = machine.coresAvailable
        physical_cores = machine.physicalCores
        hardware_threads = machine.hardwareThreads
        memory_bytes = machine.memoryBytes
        load_before = machine.loadBefore
        load_after = machine.loadAfter
        python = machine.interpreterFacts.lazy.compactMap(PythonRecord.init).first
        sitegen_version = machine.sitegenVersion
        date = machine.date
        startup = machine.startups.map { $0.map(StartupRecord.init) }
    }

    /// The model again, for `sitegen merge`.
    var model: MachineInfo {
        MachineInfo(
            cores: cores, os: os, kernel: kernel, architecture: architecture,
            interpreters: interpreters, cpuModel: cpu_model, coresOnline: cores_online,
            coresAvailable: cores_available, physicalCores: physical_cores,
            hardwareThreads: hardware_threads, memoryBytes: memory_bytes,
            loadBefore: load_before, loadAfter: load_after,
            interpreterFacts: python.map { [$0.facts] } ?? [], sitegenVersion: sitegen_version,
            date: date, startups: startup?.map(\.model))
    }
}
