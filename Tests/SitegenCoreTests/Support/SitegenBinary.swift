import Foundation

/// The built `sitegen` executable, run as a user would (exit status, stderr).
enum SitegenBinary {
    /// `SITEGEN_TEST_BINARY` (to run these tests against another build, e.g. main's), else beside
    /// the test bundle (`.build/<triple>/debug/`), else `.build/debug/` of this checkout.
    static let path: String = {
        if let other = ProcessInfo.processInfo.environment["SITEGEN_TEST_BINARY"] { return other }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("sitegen").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/sitegen").path
    }()

    struct Run {
        var status: Int32
        var stderr: String
    }

    /// Starts sitegen; the caller waits (or signals) it. Stderr goes to a file in `folder`.
    static func start(_ arguments: [String], environment: [String: String], folder: String) throws
        -> (process: Process, stderrPath: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        // Its default execution cache (.sitegen-cache) lands in `folder`, not in the checkout.
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let stderrPath = folder + "/stderr-\(UUID().uuidString).txt"
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, stderrPath)
    }

    /// Runs sitegen to completion.
    static func run(_ arguments: [String], environment: [String: String], folder: String) throws
        -> Run
    {
        let (process, stderrPath) = try start(arguments, environment: environment, folder: folder)
        process.waitUntilExit()
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, stderr: stderr)
    }
}
