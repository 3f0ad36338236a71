import Foundation

/// Finds the runtime for each runnable language once per build.
public struct InterpreterResolver: Sendable {
    /// Languages sitegen can run, with the command it looks for on PATH.
    public static let supportedLanguages = ["python": "python3", "sh": "sh", "swift": "swiftc"]

    public var environment: [String: String]
    public var executor: any ProcessExecutor
    /// Resolutions from earlier builds; a hit costs no spawn.
    public var cache: InterpreterCache?

    public init(
        environment: [String: String], executor: any ProcessExecutor, cache: InterpreterCache? = nil
    ) {
        self.environment = environment
        self.executor = executor
        self.cache = cache
    }

    /// The interpreter for `language`; `at` names the first example that needs it.
    public func resolve(_ language: String, for location: SourceLocation) throws -> Interpreter {
        switch language {
        case "python": return try resolvePython(for: location)
        case "sh":
            let path = try find("sh", for: location, install: "apt-get install dash")
            return Interpreter(
                language: "sh", path: path, version: "", implementation: "POSIX sh",
                arguments: [], sourceFileName: "example.sh")
        case "swift":
            return try resolveSwift(for: location)
        default:
            let known = Self.supportedLanguages.keys.sorted().joined(separator: ", ")
            throw SitegenError(
                .execute, at: location, "cannot run '\(language)' examples",
                hint: "runnable languages are \(known); drop the word 'run' to show the code only")
        }
    }

    /// `swiftc`, which compiles each example once with -O; the binary is what gets timed.
    private func resolveSwift(for location: SourceLocation) throws -> Interpreter {
        let compiler = try find(
            environment["SITEGEN_SWIFTC"] ?? "swiftc", for: location,
            install: "a Swift toolchain from swift.org")
        let fingerprint = LauncherFingerprint(
            language: "swift", launcher: compiler, environment: environment)
        if let cached = cache?.interpreter(for: fingerprint) { return cached }
        let probe = ProcessRequest(
            executable: compiler, arguments: ["--version"], environment: environment,
            workingDirectory: FileManager.default.currentDirectoryPath, timeout: 60)
        let capture = try executor.run(probe)
        let first = LineAssembler.lines(from: capture.chunks).first?.text ?? ""
        let version =
            first.range(of: #"Swift version [0-9.]+"#, options: .regularExpression)
            .map { String(first[$0].dropFirst(14)) } ?? first
        let interpreter = Interpreter(
            language: "swift", path: "program", version: version, implementation: "swiftc -O",
            arguments: [], sourceFileName: "main.swift", compiler: compiler,
            compilerArguments: ["-O"])
        cache?.record(interpreter, for: fingerprint)
        return interpreter
    }

    private func resolvePython(for location: SourceLocation) throws -> Interpreter {
        let command = environment["SITEGEN_PYTHON"] ?? "python3"
        let launcher = try find(command, for: location, install: "apt-get install python3")
        let fingerprint = LauncherFingerprint(
            language: "python", launcher: launcher, environment: environment)
        if let cached = cache?.interpreter(for: fingerprint) { return cached }
        let probe = ProcessRequest(
            executable: launcher,
            arguments: [
                "-c",
                "import sys, platform; print(sys.executable); print(platform.python_version()); print(platform.python_implementation())",
            ],
            environment: environment, workingDirectory: FileManager.default.currentDirectoryPath,
            timeout: 30)
        let capture = try executor.run(probe)
        let lines = LineAssembler.lines(from: capture.chunks).filter { $0.stream == .stdout }
        guard capture.outcome.succeeded, lines.count >= 3, lines[0].text.hasPrefix("/") else {
            throw SitegenError(
                .execute, at: location, path: nil,
                "'\(launcher)' did not report its interpreter (\(capture.outcome.summary))",
                hint: "check that python3 works (python3 -c 'print(1)') or set SITEGEN_PYTHON")
        }
        let interpreter = Interpreter(
            language: "python", path: lines[0].text, version: lines[1].text,
            implementation: lines[2].text, arguments: ["-u"], sourceFileName: "example.py")
        cache?.record(interpreter, for: fingerprint)
        return interpreter
    }

    /// Looks `command` up on PATH (or takes it as a path).
    private func find(_ command: String, for location: SourceLocation, install: String) throws
        -> String
    {
        if command.contains("/") {
            if FileManager.default.isExecutableFile(atPath: command) { return command }
        } else {
            let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(command)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        if command.contains("/") {
            throw SitegenError(
                .execute, at: location,
                "the interpreter '\(command)' does not exist or cannot be run",
                hint: "install it (\(install)) or point SITEGEN_PYTHON at a working interpreter")
        }
        throw SitegenError(
            .execute, at: location, "the interpreter '\(command)' was not found on PATH",
            hint: "install it (\(install)) or put it on PATH")
    }
}
