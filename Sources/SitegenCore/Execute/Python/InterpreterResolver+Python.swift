import Foundation

/// Python's runtime (`LanguageSpec.Runtime.python`): the real interpreter behind a launcher.
extension InterpreterResolver {
    /// The interpreter a Python launcher (`python3`, a pyenv shim, an environment's `pypy3`)
    /// resolves to, asked once: `sys.executable`, its version with the ABI flags and its
    /// implementation. It runs with `-u`; a command `sitegen.yml` declares keeps its other words.
    func resolvePython(_ spec: LanguageSpec, declared: Bool, for location: SourceLocation)
        throws -> Interpreter
    {
        let command =
            commands[spec.name] ?? spec.toolVariable.flatMap { environment[$0] } ?? spec.tool
        let variable = spec.toolVariable ?? "its command in sitegen.yml"
        let launcher = try find(
            command, for: location,
            install: commands[spec.name].map {
                "apt-get install \(Paths.name($0)), or change '\(spec.name):' of this environment in sitegen.yml"
            } ?? "apt-get install \(spec.tool)", variable: variable)
        let fingerprint = LauncherFingerprint(
            language: spec.name, launcher: launcher, environment: environment,
            readsVersionFiles: spec.runtime.readsVersionFiles)
        var interpreter: Interpreter
        if let cached = cache?.interpreter(for: fingerprint) {
            interpreter = cached
        } else {
            let probe = ProcessRequest(
                executable: launcher,
                arguments: [
                    "-c",
                    // The ABI flags name the build: 3.13.5t is free-threaded, and a different
                    // interpreter than 3.13.5 for the cache (empty for a default build).
                    "import sys, platform; print(sys.executable); print(platform.python_version() + getattr(sys, 'abiflags', '')); print(platform.python_implementation())",
                ],
                environment: environment,
                workingDirectory: FileManager.default.currentDirectoryPath, timeout: 30)
            let capture = try executor.run(probe)
            let lines = LineAssembler.lines(from: capture.chunks).filter { $0.stream == .stdout }
            guard capture.outcome.succeeded, lines.count >= 3, lines[0].text.hasPrefix("/") else {
                throw SitegenError(
                    .execute, at: location, path: nil,
                    "'\(launcher)' did not report its interpreter (\(capture.outcome.summary))",
                    hint:
                        "check that \(spec.tool) works (\(spec.tool) -c 'print(1)') or set \(variable)"
                )
            }
            interpreter = Interpreter(
                language: spec.name, path: lines[0].text, version: lines[1].text,
                implementation: lines[2].text, arguments: ["-u"],
                sourceFileName: "example." + spec.fileExtension)
            cache?.record(interpreter, for: fingerprint)
        }
        if declared { interpreter.command = [interpreter.path, "-u"] + spec.command.dropFirst() }
        return interpreter
    }
}
