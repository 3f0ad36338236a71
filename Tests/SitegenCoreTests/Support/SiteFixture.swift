import Foundation

@testable import SitegenCore

/// A content folder in a fresh temporary directory, built end to end with the real executor.
///
/// Every example inherits `SITEGEN_TEST_MARKER=<marker>` so a test can look for its processes in
/// /proc. The environment drops PYTHONUNBUFFERED and PYTHONDONTWRITEBYTECODE: tests must pass
/// without them. The folder goes away with the fixture.
final class SiteFixture {
    let root: String
    let marker = "hostile-\(UUID().uuidString)"
    var content: String { root + "/content" }
    var output: String { root + "/site" }

    init(_ pages: [String: String]) throws {
        root = try Self.temporaryFolder()
        try write(pages.mapValues { Array($0.utf8) })
    }

    init(bytes pages: [String: [UInt8]]) throws {
        root = try Self.temporaryFolder()
        try write(pages)
    }

    deinit {
        _ = chmod(root, 0o755)
        try? FileManager.default.removeItem(atPath: root)
    }

    /// What a build produced: the site's files as text, or the error it threw.
    struct Outcome {
        var files: [String: String] = [:]
        var error: SitegenError?
        var progress: [String] = []

        /// The one page of a one-page fixture (`index.html`).
        var page: String { files["index.html"] ?? "" }
    }

    /// Runs `SiteBuilder` with `SpawnExecutor` into `output`.
    func build(
        environment extra: [String: String] = [:], removing: [String] = [],
        executor: SpawnExecutor = SpawnExecutor()
    ) -> Outcome {
        let lines = LockedLines()
        var environment = environment(extra)
        for name in removing { environment[name] = nil }
        let builder = SiteBuilder(
            executor: executor, environment: environment,
            progress: { lines.append($0) })
        var outcome = Outcome()
        do {
            // One run, no warm-up: these tests check behaviour, not timings.
            _ = try builder.build(
                BuildOptions(contentFolder: content, outputFolder: output, runs: 1, warmup: 0))
            outcome.files = readTree(output)
        } catch let error as SitegenError {
            outcome.error = error
        } catch {
            outcome.error = SitegenError(.write, "\(error)", hint: "unexpected error type")
        }
        outcome.progress = lines.all
        return outcome
    }

    /// The environment examples see: this process's, minus the Python variables, plus the marker.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONUNBUFFERED"] = nil
        environment["PYTHONDONTWRITEBYTECODE"] = nil
        environment["SITEGEN_PYTHON"] = Self.realPython
        environment["SITEGEN_TEST_MARKER"] = marker
        environment.merge(extra) { $1 }
        return environment
    }

    /// Live processes (not zombies) whose environment carries this fixture's marker.
    func survivors() -> [Int32] {
        ProcScan.processes(withEnvironment: "SITEGEN_TEST_MARKER=\(marker)")
    }

    /// Every file below `folder`, relative path → text (invalid UTF-8 repaired).
    func readTree(_ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path)
            {
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }

    func write(_ pages: [String: [UInt8]]) throws {
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for (name, bytes) in pages {
            let path = content + "/" + name
            try FileManager.default.createDirectory(
                atPath: Paths.parent(path),
                withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "sitegen-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// The interpreter behind the `python3` on PATH, resolved once (a pyenv shim costs ~0.1 s).
    static let realPython: String = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "python3" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? path : "python3"
    }()
}

/// Progress lines collected from the builder's callback.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
