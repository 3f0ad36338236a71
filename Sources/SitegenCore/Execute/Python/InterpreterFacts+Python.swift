import Foundation

/// Python's facts (`LanguageSpec.Runtime.python`): the GIL, the multiprocessing start method, a
/// free-threaded build and the cores it may use, probed once per interpreter and context.
extension InterpreterFacts {
    /// The keys of Python's facts: the verdicts read `gil` and `free_threaded`
    /// (`Requirement.Fact`), `results.json`'s `python` record all four.
    enum PythonKey {
        static let gil = Requirement.Fact.gil.key
        static let startMethod = "start_method"
        static let freeThreaded = Requirement.Fact.freeThreaded.key
        static let cores = Requirement.Fact.cores.key
    }

    /// Facts only the interpreter knows. Only public names, each feature-detected, so the same
    /// script runs on CPython (with or without the GIL) and PyPy.
    static let pythonScript = """
        import os, sys, sysconfig, multiprocessing as m
        f = getattr(sys, '_is_gil_enabled', None)
        print('on' if f is None or f() else 'off')
        print(m.get_start_method())
        print('yes' if sysconfig.get_config_var('Py_GIL_DISABLED') == 1 else 'no')
        a = getattr(os, 'sched_getaffinity', None)
        print(len(a(0)) if a else os.cpu_count())
        """

    /// A Python interpreter's card rows. `gil`: "on" or "off" at run time
    /// (`sys._is_gil_enabled()` where it exists, else "on"; `PYTHON_GIL=1`, `-X gil=1` or an
    /// extension turn it back on in a free-threaded build); `startMethod`:
    /// `multiprocessing.get_start_method()`; `freeThreaded`: a
    /// `sysconfig.get_config_var("Py_GIL_DISABLED") == 1` build (nil when probed by an older
    /// sitegen); `cores`: `os.sched_getaffinity(0)`, else `os.cpu_count()`.
    static func python(
        language: String = LanguageSpec.python.name, path: String, version: String,
        implementation: String, gil: String, startMethod: String, freeThreaded: Bool? = nil,
        cores: Int? = nil
    ) -> InterpreterFacts {
        var details: [Detail] = []
        if let freeThreaded {
            details.append(
                Detail(
                    key: PythonKey.freeThreaded, label: "Free-threaded build",
                    value: freeThreaded ? "yes" : "no",
                    text: freeThreaded ? "yes (Py_GIL_DISABLED)" : "no"))
        }
        details.append(Detail(key: PythonKey.gil, label: "GIL at run time", value: gil, text: gil))
        details.append(
            Detail(
                key: PythonKey.startMethod, label: "multiprocessing start method",
                value: startMethod, text: startMethod))
        if let cores {
            details.append(
                Detail(
                    key: PythonKey.cores, label: "Cores available to Python",
                    value: String(cores), text: String(cores)))
        }
        return InterpreterFacts(
            language: language, title: "Python interpreter", path: path, version: version,
            implementation: implementation, details: details)
    }

    /// The facts of `interpreter`, probed in `environment` on `cpus` (from `cache` when it has
    /// them for this context). A probe that fails says "unknown".
    static func probePython(
        _ interpreter: Interpreter, executor: any ProcessExecutor, environment: [String: String],
        cache: InterpreterCache? = nil, cpus: CPUSet? = nil
    ) -> InterpreterFacts {
        // What the facts depend on besides the executable: the GIL switch and the CPU set.
        let context =
            "PYTHON_GIL=\(environment["PYTHON_GIL"] ?? "") cores=\(cpus?.description ?? String(MachineProbe.coresAvailable()))"
        if let cached = cache?.facts(for: interpreter.path, context: context) { return cached }
        let command = CPUPinning.wrap((interpreter.path, ["-c", pythonScript]), cpus: cpus)
        let request = ProcessRequest(
            executable: command.executable, arguments: command.arguments,
            environment: environment,
            workingDirectory: FileManager.default.currentDirectoryPath, timeout: 30)
        // A probe that cannot start is not a failed build: the card then says "unknown".
        let lines =
            (try? executor.run(request)).map {
                LineAssembler.lines(from: $0.chunks).filter { $0.stream == .stdout }.map(\.text)
            } ?? []
        let facts = python(
            language: interpreter.language, path: interpreter.path, version: interpreter.version,
            implementation: interpreter.implementation,
            gil: lines.count > 0 ? lines[0] : "unknown",
            startMethod: lines.count > 1 ? lines[1] : "unknown",
            freeThreaded: lines.count > 2 ? lines[2] == "yes" : nil,
            cores: lines.count > 3 ? Int(lines[3]) : nil)
        if lines.count > 3 { cache?.record(facts, for: interpreter.path, context: context) }
        return facts
    }
}

extension MachineRecord.PythonRecord {
    /// The record of Python's facts; nil for facts of another runtime (no `gil` fact).
    init?(_ facts: InterpreterFacts) {
        typealias Key = InterpreterFacts.PythonKey
        guard let gil = facts.value(Key.gil) else { return nil }
        self.init(
            path: facts.path, version: facts.version, implementation: facts.implementation,
            gil: gil, start_method: facts.value(Key.startMethod) ?? "unknown",
            free_threaded: facts.value(Key.freeThreaded).map { $0 == "yes" },
            cores: facts.value(Key.cores).flatMap { Int($0) })
    }

    /// The facts again, for `sitegen merge` and cards the cache stored before
    /// `interpreter_facts`.
    var facts: InterpreterFacts {
        .python(
            path: path, version: version, implementation: implementation, gil: gil,
            startMethod: start_method, freeThreaded: free_threaded, cores: cores)
    }
}
