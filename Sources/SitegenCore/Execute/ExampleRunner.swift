import Foundation

/// The Execute stage: runs every example, one at a time, each in a fresh temporary folder.
public struct ExampleRunner: Sendable {
    public var executor: any ProcessExecutor
    public var environment: [String: String]
    /// Called before each example starts, with a line for stderr.
    public var progress: @Sendable (String) -> Void

    public init(
        executor: any ProcessExecutor, environment: [String: String],
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.executor = executor
        self.environment = environment
        self.progress = progress
    }

    public func run(_ examples: [Example]) throws -> [ExampleResult] {
        let resolver = InterpreterResolver(environment: environment, executor: executor)
        var interpreters: [String: Interpreter] = [:]
        var results: [ExampleResult] = []
        let scratch = try Scratch.make()
        defer { scratch.remove() }
        for (index, example) in examples.enumerated() {
            let interpreter =
                try interpreters[example.language]
                ?? resolver.resolve(example.language, for: example.location)
            interpreters[example.language] = interpreter
            progress("[\(index + 1)/\(examples.count)] running \(example.id) (\(example.location))")
            let capture = try runOnce(example, with: interpreter, in: scratch)
            progress(
                "[\(index + 1)/\(examples.count)] \(example.id): \(capture.outcome.summary), "
                    + String(format: "%.3f s wall", capture.wallSeconds))
            results.append(
                ExampleResult(example: example, interpreter: interpreter, capture: capture))
        }
        return results
    }

    private func runOnce(_ example: Example, with interpreter: Interpreter, in scratch: Scratch)
        throws -> ProcessCapture
    {
        let folder = try scratch.folder(for: example.id)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = folder + "/" + interpreter.sourceFileName
        guard FileManager.default.createFile(atPath: source, contents: Data(example.code.utf8))
        else {
            throw SitegenError(
                .execute, at: example.location, path: source,
                "could not write the example's source",
                hint: "check that the temporary folder (TMPDIR) is writable")
        }
        var environment = self.environment
        environment["PYTHONUNBUFFERED"] = "1"
        environment["PYTHONIOENCODING"] = "utf-8"
        environment.merge(example.parameterEnvironment) { _, parameter in parameter }
        let request = ProcessRequest(
            executable: interpreter.path, arguments: interpreter.arguments + [source],
            environment: environment, workingDirectory: folder, timeout: example.timeout)
        return try executor.run(request)
    }
}

/// A temporary folder for one build's example runs.
struct Scratch {
    let path: String

    static func make() throws -> Scratch {
        let base = NSTemporaryDirectory()
        let path = (base as NSString).appendingPathComponent(
            "sitegen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SitegenError(
                .execute, path: path, "could not create a temporary folder",
                hint: "check that TMPDIR (\(base)) exists and is writable")
        }
        return Scratch(path: path)
    }

    /// A fresh, empty working folder for one run.
    func folder(for id: String) throws -> String {
        let folder = path + "/" + id + "-" + String(UInt32.random(in: 0...UInt32.max))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
