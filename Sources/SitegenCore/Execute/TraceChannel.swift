import Foundation

/// The Python side channel of one build: a PYTHONPATH folder holding `sitecustomize.py`, and one
/// trace file per run that every Python process of the example appends JSON lines to.
struct TraceChannel: Sendable {
    /// The folder put first on PYTHONPATH.
    let folder: String

    init(scratch: String) throws {
        folder = scratch + "/pythonpath"
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            try (SitecustomizeSource.text + "\n").write(
                toFile: folder + "/sitecustomize.py", atomically: false, encoding: .utf8)
        } catch {
            throw SitegenError(
                .execute, path: folder, "could not write the Python side channel",
                hint: "check that the temporary folder (TMPDIR) is writable")
        }
    }

    /// Creates an empty trace file for one run and points the environment at it.
    func prepare(_ environment: inout [String: String]) throws -> String {
        let path = folder + "/trace-\(UInt64.random(in: 0...UInt64.max)).jsonl"
        guard FileManager.default.createFile(atPath: path, contents: Data()) else {
            throw SitegenError(
                .execute, path: path, "could not create the trace file",
                hint: "check that the temporary folder (TMPDIR) is writable")
        }
        let existing = environment["PYTHONPATH"].map { ":" + $0 } ?? ""
        environment["PYTHONPATH"] = folder + existing
        environment["SITEGEN_TRACE"] = path
        environment.removeValue(forKey: "SITEGEN_TRACE_ROOT")
        return path
    }

    /// The attributed lines and worker events of a finished run, from its trace file.
    static func read(_ path: String, capture: ProcessCapture) -> TraceReader.Attribution? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return TraceReader.attribute(
            trace: data, spawnedAt: capture.spawnedAt,
            streamLines: LineAssembler.lines(from: capture.chunks))
    }
}
