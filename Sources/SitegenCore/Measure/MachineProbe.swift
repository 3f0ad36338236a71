import Foundation

/// Reads the facts of the machine that ran the examples.
public enum MachineProbe {
    public static func collect(interpreters: [Interpreter]) -> MachineInfo {
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
        var machine = MachineInfo(
            cores: coresAvailable(), os: osName(),
            kernel: "\(field(name.sysname)) \(field(name.release))",
            architecture: field(name.machine),
            interpreters: versions)
        machine.cpuModel = cpuModel()
        machine.coresOnline = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        machine.coresAvailable = coresAvailable()
        if let topology = NoiseProbe.topology() {
            machine.physicalCores = topology.cores
            machine.hardwareThreads = topology.threads
        }
        machine.memoryBytes = memoryBytes()
        machine.sitegenVersion = SiteBuilder.version
        machine.date = today()
        return machine
    }

    /// Cores this process may run on (its affinity: `taskset -c 0` gives 1).
    public static func coresAvailable() -> Int { BuildMachine.current().availableCores }

    /// The 1-minute load average from /proc/loadavg.
    public static func loadAverage() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
            return nil
        }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }

    /// Facts only the interpreter knows: the GIL (build and run time), multiprocessing's default
    /// start method and the cores it may use. Only public names, each feature-detected, so the
    /// same script runs on CPython (with or without the GIL) and PyPy.
    static let pythonFactsScript = """
        import os, sys, sysconfig, multiprocessing as m
        f = getattr(sys, '_is_gil_enabled', None)
        print('on' if f is None or f() else 'off')
        print(m.get_start_method())
        print('yes' if sysconfig.get_config_var('Py_GIL_DISABLED') == 1 else 'no')
        a = getattr(os, 'sched_getaffinity', None)
        print(len(a(0)) if a else os.cpu_count())
        """

    public static func pythonFacts(
        _ interpreter: Interpreter, executor: any ProcessExecutor, environment: [String: String],
        cache: InterpreterCache? = nil, cpus: CPUSet? = nil
    ) -> MachineInfo.PythonFacts {
        // What the facts depend on besides the executable: the GIL switch and the CPU set.
        let context =
            "PYTHON_GIL=\(environment["PYTHON_GIL"] ?? "") cores=\(cpus?.description ?? String(coresAvailable()))"
        if let cached = cache?.pythonFacts(for: interpreter.path, context: context) {
            return cached
        }
        let command = CPUPinning.wrap(
            (interpreter.path, ["-c", pythonFactsScript]), cpus: cpus)
        let request = ProcessRequest(
            executable: command.executable, arguments: command.arguments,
            environment: environment,
            workingDirectory: FileManager.default.currentDirectoryPath, timeout: 30)
        let lines =
            (try? executor.run(request)).map {
                LineAssembler.lines(from: $0.chunks).filter { $0.stream == .stdout }.map(\.text)
            } ?? []
        let facts = MachineInfo.PythonFacts(
            path: interpreter.path, version: interpreter.version,
            implementation: interpreter.implementation, gil: lines.count > 0 ? lines[0] : "unknown",
            start_method: lines.count > 1 ? lines[1] : "unknown",
            free_threaded: lines.count > 2 ? lines[2] == "yes" : nil,
            cores: lines.count > 3 ? Int(lines[3]) : nil)
        if lines.count > 3 { cache?.record(facts, for: interpreter.path, context: context) }
        return facts
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
