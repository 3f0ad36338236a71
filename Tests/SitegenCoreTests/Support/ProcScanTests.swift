import Foundation
import Testing

/// The survivor scan must see a live process, or "zero survivors" would prove nothing.
@Suite("ProcScan")
struct ProcScanTests {
    @Test func findsALiveProcessByItsEnvironmentAndNotAfterItEnds() throws {
        let marker = "SITEGEN_TEST_MARKER=scan-\(UUID().uuidString)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["3"]
        process.environment = [
            "PATH": "/usr/bin:/bin",
            String(marker.split(separator: "=")[0]): String(marker.split(separator: "=")[1]),
        ]
        try process.run()
        #expect(
            ProcScan.waitUntil(2) {
                ProcScan.processes(withEnvironment: marker) == [process.processIdentifier]
            })
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(ProcScan.processes(withEnvironment: marker).isEmpty)
    }
}
