import Foundation
import Testing

@testable import SitegenCore

@Suite struct SpawnExecutorTests {
    func shell(_ script: String, timeout: Double = 10, in folder: String = "/tmp") -> ProcessRequest
    {
        ProcessRequest(
            executable: "/bin/sh", arguments: ["-c", script],
            environment: ["PATH": "/usr/bin:/bin"], workingDirectory: folder, timeout: timeout)
    }

    @Test func twoWritersInterleaveInArrivalOrder() throws {
        let capture = try SpawnExecutor().run(
            shell(
                // 100 ms between writers: a loaded 2-core CI machine delays a wake-up by tens of ms.
                "(for i in 1 2 3; do echo a$i; sleep 0.2; done) & sleep 0.1; (for i in 1 2 3; do echo b$i; sleep 0.2; done); wait"
            ))
        #expect(capture.outcome == .exited(code: 0))
        let lines = LineAssembler.lines(from: capture.chunks)
        #expect(lines.map(\.text) == ["a1", "b1", "a2", "b2", "a3", "b3"])
        let times = lines.map(\.time)
        #expect(times == times.sorted())
        #expect(times[5] - times[0] > 0.4)
        #expect(capture.wallSeconds >= times[5])
    }

    @Test func stderrIsCapturedSeparately() throws {
        let capture = try SpawnExecutor().run(shell("echo out; echo err >&2"))
        let lines = LineAssembler.lines(from: capture.chunks)
        #expect(
            Set(lines.map { "\($0.stream.rawValue):\($0.text)" }) == ["stdout:out", "stderr:err"])
        #expect(LineAssembler.terminalText(from: capture.chunks).contains("err\n"))
    }

    @Test func nonZeroExitAndSignalsAreData() throws {
        #expect(try SpawnExecutor().run(shell("exit 3")).outcome == .exited(code: 3))
        #expect(
            try SpawnExecutor().run(shell("kill -TERM $$")).outcome == .signaled(signal: SIGTERM))
    }

    @Test func cpuTimeComesFromWait4() throws {
        let capture = try SpawnExecutor().run(
            shell("i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done"))
        #expect(capture.userSeconds + capture.systemSeconds > 0.05)
        #expect(capture.userSeconds + capture.systemSeconds <= capture.wallSeconds * 1.1 + 0.01)
    }

    @Test func timeoutKillsTheWholeGroupGrandchildrenIncluded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let started = Date()
        let capture = try SpawnExecutor().run(
            shell(
                "sh -c 'echo $$ > grandchild.pid; exec sleep 30' & echo started; sleep 30",
                timeout: 0.3, in: folder.path))
        #expect(capture.outcome == .timedOut)
        #expect(Date().timeIntervalSince(started) < 3)
        // A shell may report its killed child ("Killed") in the instant before the kill reaches it.
        #expect(LineAssembler.lines(from: capture.chunks).first?.text == "started")
        let pid = try #require(
            Int32(folder.read("grandchild.pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(!processIsAlive(pid))
    }

    @Test func aChildThatLeavesTheGroupDoesNotOutliveTheRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let capture = try SpawnExecutor().run(
            shell(
                "setsid sh -c 'echo $$ > escaped.pid; exec sleep 30' >/dev/null 2>&1 & sleep 0.1; echo done",
                in: folder.path))
        #expect(capture.outcome == .exited(code: 0))
        let pid = try #require(
            Int32(folder.read("escaped.pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(!processIsAlive(pid))
    }

    @Test func stdinIsAtEndOfFile() throws {
        let capture = try SpawnExecutor().run(shell("cat; echo after", timeout: 2))
        #expect(capture.outcome == .exited(code: 0))
        #expect(LineAssembler.lines(from: capture.chunks).map(\.text) == ["after"])
    }

    @Test func aMissingExecutableThrows() {
        var request = shell("true")
        request.executable = "/nonexistent/python3"
        #expect(throws: SitegenError.self) { try SpawnExecutor().run(request) }
    }
}
