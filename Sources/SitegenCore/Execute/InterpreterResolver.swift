import Foundation

/// Finds the runtime for each runnable language once per build.
struct InterpreterResolver: Sendable {
    var environment: [String: String]
    var executor: any ProcessExecutor
    /// Resolutions from earlier builds; a hit costs no spawn.
    var cache: InterpreterCache?
    /// The runnable languages: the built-in ones, or `sitegen.yml`'s.
    var languages = LanguageSpec.builtIn
    /// Per language, a command that replaces the language's own first word (an environment's
    /// `python: pypy3`).
    var commands: [String: String] = [:]

    init(
        environment: [String: String], executor: any ProcessExecutor, cache: InterpreterCache? = nil
    ) {
        self.environment = environment
        self.executor = executor
        self.cache = cache
    }

    /// The interpreter for `language`; `at` names the first example that needs it.
    func resolve(_ language: String, for location: SourceLocation) throws -> Interpreter {
        guard let spec = languages[language] else {
            let known = languages.keys.sorted().joined(separator: ", ")
            throw SitegenError(
                .execute, at: location, "cannot run '\(language)' examples",
                hint:
                    "runnable languages are \(known); declare '\(language)' under languages: in sitegen.yml, or drop the word 'run' to show the code only"
            )
        }
        // A built-in entry that sitegen.yml overrides runs its declared command; Python keeps
        // its resolution to the real interpreter (and so its side channel) either way.
        let declared = spec != LanguageSpec.builtIn[spec.name]
        switch spec.runtime {
        case .python: return try resolvePython(spec, declared: declared, for: location)
        case _ where declared, .declared: return try resolveDeclared(spec, for: location)
        case .posixShell:
            let path = try find(
                commands[spec.name] ?? spec.tool, for: location, install: "apt-get install dash")
            return Interpreter(
                language: spec.name, path: path, version: "", implementation: "POSIX sh",
                arguments: [], sourceFileName: "example." + spec.fileExtension)
        case .swiftCompiler: return try resolveSwift(spec, for: location)
        }
    }

    /// `swiftc`, which compiles each example once with -O; the binary is what gets timed.
    private func resolveSwift(_ spec: LanguageSpec, for location: SourceLocation) throws
        -> Interpreter
    {
        let compiler = try find(
            commands[spec.name] ?? spec.toolVariable.flatMap { environment[$0] } ?? spec.tool,
            for: location, install: "a Swift toolchain from swift.org",
            variable: spec.toolVariable ?? "the language's command in sitegen.yml")
        let fingerprint = LauncherFingerprint(
            language: spec.name, launcher: compiler, environment: environment)
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
            language: spec.name, path: "program", version: version, implementation: "swiftc -O",
            arguments: [], sourceFileName: "main." + spec.fileExtension, compiler: compiler,
            compilerArguments: ["-O"])
        cache?.record(interpreter, for: fingerprint)
        return interpreter
    }

    /// A language `sitegen.yml` declares or overrides: its tool found on PATH, its version from
    /// `version` (or `TOOL --version`).
    private func resolveDeclared(_ spec: LanguageSpec, for location: SourceLocation) throws
        -> Interpreter
    {
        let tool = try find(
            commands[spec.name] ?? spec.tool, for: location,
            install: "install \(spec.tool) or fix the command of '\(spec.name)' in sitegen.yml")
        let compiled = spec.compile != nil
        var interpreter = Interpreter(
            language: spec.name, path: compiled ? "program" : tool, version: "",
            implementation: Paths.name(tool), arguments: [],
            sourceFileName: (compiled ? "main." : "example.") + spec.fileExtension,
            compiler: compiled ? tool : nil)
        interpreter.command = compiled ? spec.command : [tool] + spec.command.dropFirst()
        interpreter.compileCommand = spec.compile.map { [tool] + $0.dropFirst() }
        let fingerprint = LauncherFingerprint(
            language: spec.name, launcher: tool, environment: environment)
        if let cached = cache?.interpreter(for: fingerprint), cached.command == interpreter.command,
            cached.compileCommand == interpreter.compileCommand
        {
            return cached
        }
        var words = spec.version ?? [tool, "--version"]
        if words[0] == spec.tool { words[0] = tool }
        let capture = try executor.run(
            ProcessRequest(
                executable: try find(words[0], for: location, install: "install \(words[0])"),
                arguments: Array(words.dropFirst()), environment: environment,
                workingDirectory: FileManager.default.currentDirectoryPath, timeout: 30))
        let lines = LineAssembler.lines(from: capture.chunks).map(\.text)
        interpreter.version = String(
            (lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "").prefix(120))
        cache?.record(interpreter, for: fingerprint)
        return interpreter
    }

    /// Looks `command` up on PATH (or takes it as a path).
    /// `variable`: what else names the tool, for the hint.
    func find(
        _ command: String, for location: SourceLocation, install: String,
        variable: String = "the language's command in sitegen.yml"
    ) throws -> String {
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
                hint: "install it (\(install)) or point \(variable) at a working interpreter")
        }
        throw SitegenError(
            .execute, at: location, "the interpreter '\(command)' was not found on PATH",
            hint: "install it (\(install)) or put it on PATH")
    }
}
