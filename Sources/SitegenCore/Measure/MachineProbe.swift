import Foundation

/// Reads the facts of the machine that ran the examples.
enum MachineProbe {
    /// The card of the machine as the build saw it: `cores` its examples may use (an
    /// environment's CPU set, else the build's affinity), the load before they ran (the load
    /// after is read now), and what their interpreters state about themselves.
    static func collect(
        interpreters: [Interpreter], cores: Int? = nil, loadBefore: Double? = nil,
        facts: [InterpreterFacts] = []
    ) -> MachineInfo {
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
        }
        var versions: [String: String] = [:]
        for interpreter in interpreters {
            versions[interpreter.language] =
                interpreter.version.isEmpty
                ? interpreter.implementation
                : "\(interpreter.version) (\(interpreter.implementation))"
        }
        let cores = cores ?? coresAvailable()
        let topology = NoiseProbe.topology()
        return MachineInfo(
            cores: cores, os: osName(), kernel: "\(field(name.sysname)) \(field(name.release))",
            architecture: field(name.machine), interpreters: versions, cpuModel: cpuModel(),
            coresOnline: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), coresAvailable: cores,
            physicalCores: topology?.cores, hardwareThreads: topology?.threads,
            memoryBytes: memoryBytes(), loadBefore: loadBefore, loadAfter: loadAverage(),
            interpreterFacts: facts, sitegenVersion: SiteBuilder.version, date: today())
    }

    /// Cores this process may run on (its affinity: `taskset -c 0` gives 1).
    static func coresAvailable() -> Int { BuildMachine.current().availableCores }

    /// The 1-minute load average from /proc/loadavg.
    static func loadAverage() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }

    /// PRETTY_NAME from /etc/os-release, else the kernel's name.
    static func osName() -> String {
        if let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
                return String(line.dropFirst(12)).trimmingCharacters(
                    in: CharacterSet(charactersIn: "\""))
            }
        }
        return ProcessInfo.processInfo.operatingSystemVersionString
    }

    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
            return ""
        }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return ""
    }

    static func memoryBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else {
            return 0
        }
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let words = line.split(separator: " ")
            if words.count >= 2, let kilobytes = Int(words[1]) { return kilobytes * 1024 }
        }
        return 0
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    static func today() -> String {
        // Not DateFormatter: loading ICU costs milliseconds of every build.
        String(Provenance.now().measuredAt.prefix(10))
    }
}

extension LanguageSpec.Runtime {
    /// What the interpreter states about itself for the machine card, probed in `environment`
    /// on `cpus`; nil for a runtime that states nothing beyond its version.
    func facts(
        _ interpreter: Interpreter, executor: any ProcessExecutor, environment: [String: String],
        cache: InterpreterCache?, cpus: CPUSet?
    ) -> InterpreterFacts? {
        switch self {
        case .python:
            InterpreterFacts.probePython(
                interpreter, executor: executor, environment: environment, cache: cache,
                cpus: cpus)
        case .declared, .posixShell, .swiftCompiler: nil
        }
    }
}
