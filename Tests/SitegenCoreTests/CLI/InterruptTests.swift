import Foundation
import Testing

@testable import SitegenCore

/// The built binary, interrupted or refused: exit status, cleanup, the previous site kept.
@Suite("CLI: interruptions, lock, exit codes")
struct InterruptTests {
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func signalDuringABuildKillsExamplesAndKeepsThePreviousSite(signal: Int32, status: Int32) throws
    {
        let fixture = try SiteFixture([
            "index.md": "# First\n\n```sh run id=quick\necho first\n```\n"
        ])
        #expect(fixture.build().error == nil)
        let previous = fixture.readTree(fixture.output)
        try Data("# Slow\n\n```sh run id=sleeper\nsleep 30\n```\n".utf8)
            .write(to: URL(fileURLWithPath: fixture.content + "/index.md"))
        let temporary = fixture.root + "/tmp"
        try FileManager.default.createDirectory(
            atPath: temporary, withIntermediateDirectories: true)

        let (process, stderrPath) = try SitegenBinary.start(
            ["--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(["TMPDIR": temporary]), folder: fixture.root)
        let sitegen = process.processIdentifier
        let started = ProcScan.waitUntil(10) { fixture.survivors().contains { $0 != sitegen } }
        #expect(started, "the example never started")

        let sent = Date()
        kill(sitegen, signal)
        let exited = ProcScan.waitUntil(2) { !process.isRunning }
        #expect(exited, "sitegen still running 2 s after the signal")
        if !exited { kill(sitegen, SIGKILL) }
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 2)
        #expect(process.terminationStatus == status)
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        #expect(stderr.contains("interrupted (signal \(signal))"))
        #expect(stderr.contains("error: the build was interrupted"))

        #expect(fixture.survivors().isEmpty)
        #expect(fixture.readTree(fixture.output) == previous)
        // Beside the output: only what was there (the cache, the content, this test's files).
        let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root)
            .filter { !$0.hasPrefix("stderr-") }
        #expect(beside.sorted() == [".sitegen-cache", "content", "site", "tmp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }

    @Test func secondBuildOnTheSameOutputFailsFastNamingTheLock() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let work = WorkFolder(cache: fixture.root + "/.sitegen-cache", output: fixture.output)
        let lock = try BuildLock.acquire(work, output: fixture.output)
        defer { lock.release() }
        let start = Date()
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(), folder: fixture.root)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(fixture.output): another sitegen build (pid \(getpid())) is writing this site (lock \(work.root)/lock); nothing was changed"
            ))
        #expect(run.stderr.contains("wait for it to finish"))
    }

    @Test func lockIsFreeAfterABuild() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        #expect(fixture.build().error == nil)
        #expect(fixture.build().error == nil)
        let options = BuildOptions(contentFolder: fixture.content, outputFolder: fixture.output)
        let lock = try BuildLock.acquire(
            WorkFolder.of(options, output: fixture.output), output: fixture.output)
        lock.release()
    }

    @Test func failingExampleExitsOneWithFileAndLine() throws {
        let fixture = try SiteFixture(["index.md": "# Boom\n\n```sh run id=boom\nexit 4\n```\n"])
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: index.md:3: example 'boom' exited with code 4 — "))
        #expect(run.stderr.contains("add expect=exit:4 or allow-error"))
    }

    @Test func outputInsideContentIsAUsageError() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", fixture.content + "/site"],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 64)
        #expect(run.stderr.contains("the output folder is inside the content folder"))
    }

    @Test func unwritableOutputParentIsAClearErrorAndKeepsThePreviousSite() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let parent = fixture.root + "/locked"
        let output = parent + "/site"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
        try Data(OutputFolder.markBytes).write(
            to: URL(fileURLWithPath: output + "/" + OutputFolder.markName))
        chmod(parent, 0o555)
        defer { chmod(parent, 0o755) }
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", output],
            environment: fixture.environment(), folder: fixture.root)
        // Root writes through permissions, so only a normal user sees the refusal.
        if geteuid() != 0 {
            #expect(run.status == 1)
            #expect(
                run.stderr.contains(
                    "\(output): could not move the previous site aside (Permission denied)"))
            #expect(run.stderr.contains("the previous site is untouched"))
            #expect(
                try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "previous")
        }
    }

    @Test func outputUnderAFileIsAClearError() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let file = fixture.root + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", file + "/site"],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("error: \(file): cannot create the folder that will hold the site"))
    }
}
