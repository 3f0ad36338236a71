// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
/// `machine` (and `environments[].machine`, `measured[].machine`) in `results.json`: the machine
/// card as the file spells it, whatever the Swift model calls its fields.
struct MachineRecord: Codable, Sendable, Hashable {
    var cores: Int
    var os: String
    var kernel: String
    var architecture: String
    var interpreters: [String: String]
    var cpu_model: String
    var cores_online: Int
    var cores_available: Int
    var physical_cores: Int?
    var hardware_threads: Int?
    var memory_bytes: Int
    var load_before: Double?
    var load_after: Double?
    var python: PythonRecord?
    var sitegen_version: String
    var date: String
    /// Each interpreted language's start-up (`StartupRecord`); absent when none was measured.
    var startup: [StartupRecord]?

    /// What the examples' Python interpreter said about itself: the facts of Python's runtime
    /// (`InterpreterFacts.python`), under the names this file has always used.
    struct PythonRecord: Codable, Sendable, Hashable {
        var path: String
        var version: String
        var implementation: String
        var gil: String
        var start_method: String
        var free_threaded: Bool?
        var cores: Int?
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
