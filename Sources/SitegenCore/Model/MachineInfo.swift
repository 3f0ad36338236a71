/// The machine an example ran on, as shown on the page and in `results.json`.
public struct MachineInfo: Sendable, Hashable, Codable {
    public var cores: Int
    public var os: String
    public var kernel: String
    public var architecture: String
    /// Interpreter versions by language, e.g. `["python": "3.11.7 (CPython)"]`.
    public var interpreters: [String: String]

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
