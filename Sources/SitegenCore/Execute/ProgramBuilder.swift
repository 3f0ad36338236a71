import Foundation

/// Compiles an example of a compiled language once, before its timed runs.
enum ProgramBuilder {
    enum Outcome {
        /// The language is interpreted: each run starts the interpreter on the source.
        case interpreted
        /// The program to run, an absolute path.
        case compiled(String)
        /// The compiler failed: its output is the example's result.
        case failed(ProcessCapture)
    }

    static func build(
        _ example: Example, with interpreter: Interpreter, in scratch: Scratch,
        executor: any ProcessExecutor, environment: [String: String]
    ) throws -> Outcome {
        guard let compiler = interpreter.compiler else { return .interpreted }
        let folder = try scratch.folder(for: example.id + "-build")
        let source = folder + "/" + interpreter.sourceFileName
        try Data(example.code.utf8).write(to: URL(fileURLWithPath: source))
        let program = folder + "/program"
        let words =
            interpreter.compileCommand.map {
                Interpreter.fill($0, file: source, binary: program)
            } ?? [compiler] + interpreter.compilerArguments + [source, "-o", program]
        let request = ProcessRequest(
            executable: words[0], arguments: Array(words.dropFirst()),
            environment: environment, workingDirectory: folder, timeout: max(example.timeout, 600))
        let capture = try executor.run(request)
        guard capture.outcome.succeeded, FileManager.default.isExecutableFile(atPath: program)
        else { return .failed(capture) }
        return .compiled(program)
    }
}
