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
    public var python: PythonFacts?
    public var sitegenVersion: String = ""
    /// The build's date, UTC, `YYYY-MM-DD`: the only timestamp in the output.
    public var date: String = ""

    /// What the examples' Python interpreter says about itself.
    public struct PythonFacts: Sendable, Hashable, Codable {
        public var path: String
        public var version: String
        public var implementation: String
        /// The GIL at run time: "on" or "off" (`sys._is_gil_enabled()` where it exists, else
        /// "on"; `PYTHON_GIL=1`, `-X gil=1` or an extension turn it back on in a free-threaded
        /// build).
        public var gil: String
        /// `multiprocessing.get_start_method()`.
        public var start_method: String
        /// A free-threaded build (`sysconfig.get_config_var("Py_GIL_DISABLED") == 1`, CPython
        /// 3.13t/3.14t); nil when probed by an older sitegen.
        public var free_threaded: Bool?
        /// Cores the interpreter may run on (`os.sched_getaffinity(0)`, else `os.cpu_count()`).
        public var cores: Int?

        public init(
            path: String, version: String, implementation: String, gil: String,
            start_method: String,
            free_threaded: Bool? = nil, cores: Int? = nil
        ) {
            self.path = path
            self.version = version
            self.implementation = implementation
            self.gil = gil
            self.start_method = start_method
            self.free_threaded = free_threaded
            self.cores = cores
        }
    }

    enum CodingKeys: String, CodingKey {
        case cores, os, kernel, architecture, interpreters, python, date
        case cpuModel = "cpu_model"
        case coresOnline = "cores_online"
        case coresAvailable = "cores_available"
        case physicalCores = "physical_cores"
        case hardwareThreads = "hardware_threads"
        case memoryBytes = "memory_bytes"
        case loadBefore = "load_before"
        case loadAfter = "load_after"
        case sitegenVersion = "sitegen_version"
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
