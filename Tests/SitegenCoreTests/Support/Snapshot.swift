import Foundation
import Testing

/// Compares `actual` with `__Snapshots__/<name>` next to the tests. With `SNAPSHOT_RECORD=1`, or
/// when the golden file is missing, writes it and fails, so a missing golden never passes silently.
func assertSnapshot(
    _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    filePath: String = #filePath
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded snapshot \(file.path); check it and run the tests again",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    #expect(
        actual == expected,
        "snapshot \(name) differs; if the change is intended, re-record with SNAPSHOT_RECORD=1",
        sourceLocation: sourceLocation)
}
