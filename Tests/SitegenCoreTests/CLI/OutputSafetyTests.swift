import Foundation
import Testing

@testable import SitegenCore

/// The built binary, as a user runs it: a build touches only its output and cache folders,
/// whether it succeeds, fails, is interrupted, killed, or races another build.
@Suite("CLI: a build touches only what it wrote")
struct OutputSafetyTests {
    /// The parent of the output: the user's own files beside `site/` and the cache.
    struct Project {
        let fixture: SiteFixture
        var root: String { fixture.root + "/project" }
        var output: String { root + "/site" }
        var cache: String { root + "/.sitegen-cache" }

        init() throws {
            fixture = try SiteFixture([:])
            let manager = FileManager.default
            try manager.createDirectory(
                atPath: root + "/drafts", withIntermediateDirectories: true)
            try Data("my notes".utf8).write(to: URL(fileURLWithPath: root + "/notes.txt"))
            try Data("draft".utf8).write(to: URL(fileURLWithPath: root + "/drafts/next.md"))
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.site.keep"))
        }

        /// A content folder outside the project, with one page.
        func content(_ name: String, _ page: String) throws -> String {
            let folder = fixture.root + "/contents/" + name
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            try Data(page.utf8).write(to: URL(fileURLWithPath: folder + "/index.md"))
            return folder
        }

        func arguments(_ content: String) -> [String] {
            [
                "--content", content, "--output", output, "--cache", cache, "--runs", "1",
                "--warmup", "0",
            ]
        }

        func run(_ content: String) throws -> SitegenBinary.Run {
            try SitegenBinary.run(
                arguments(content), environment: fixture.environment(), folder: fixture.root)
        }

        func start(_ content: String) throws -> (process: Process, stderrPath: String) {
            try SitegenBinary.start(
                arguments(content), environment: fixture.environment(), folder: fixture.root)
        }

        /// The project folder itself and everything in it but the output and the cache.
        func outside() -> [String: String] {
            var entries = listing(root, skipping: ["site", ".sitegen-cache"])
            var info = stat()
            _ = stat(root, &info)
            entries["."] = "mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            return entries
        }

        func names() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        }
    }

    static let expectedNames = [".site.keep", ".sitegen-cache", "drafts", "notes.txt", "site"]

    @Test func buildsThatSucceedFailOrAreInterruptedChangeNothingOutsideTheOutputAndCache()
        throws
    {
        let project = try Project()
        let ok = try project.content("ok", "# OK\n\n```sh run id=ok\necho fine\n```\n")
        let failing = try project.content("failing", "# No\n\n```sh run id=no\nexit 3\n```\n")
        let broken = try project.content(
            "broken", "# Broken\n\n```sh run id=no timeout=never\necho x\n```\n")
        let slow = try project.content("slow", "# Slow\n\n```sh run id=slow\nsleep 30\n```\n")
        let other = try project.content("other", "# Other\n\n```sh run id=ok\necho other\n```\n")

        var before = project.outside()
        #expect(try project.run(ok).status == 0)
        var after = project.outside()
        after["."] = before["."]  // creating site/ and the cache changes the folder's mtime
        #expect(after == before)
        #expect(project.names() == Self.expectedNames)

        // Failures: nothing outside changes, not even the folder's mtime; the site neither.
        before = project.outside()
        let site = listing(project.output)
        for content in [failing, broken] {
            let run = try project.run(content)
            #expect(run.status == 1)
            #expect(project.outside() == before)
            #expect(listing(project.output) == site)
        }

        // Interrupted with SIGINT while its example runs.
        let (process, stderrPath) = try project.start(slow)
        let started = ProcScan.waitUntil(10) {
            project.fixture.survivors().contains { $0 != process.processIdentifier }
        }
        #expect(started, "the example never started")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        #expect(stderr.contains("error: the build was interrupted"))
        #expect(project.outside() == before)
        #expect(listing(project.output) == site)
        #expect(project.names() == Self.expectedNames)

        // A later build still succeeds and replaces the site.
        #expect(try project.run(other).status == 0)
        #expect(
            try String(contentsOfFile: project.output + "/index.html", encoding: .utf8)
                .contains("other"))
        after = project.outside()
        after["."] = before["."]  // the swap changes the folder's entry for site/
        #expect(after == before)
        #expect(project.names() == Self.expectedNames)
    }

    /// The report: `--output docs` where docs/ holds the user's files, built twice.
    @Test func aFolderOfTheUsersFilesIsRefusedThenTakenOverWithForce() throws {
        let project = try Project()
        let ok = try project.content("ok", "# OK\n\nHello.\n")
        let docs = project.root + "/docs"
        try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: docs + "/notes.txt"))
        try Data("thesis".utf8).write(to: URL(fileURLWithPath: docs + "/thesis.tex"))
        let before = project.outside()
        for _ in 0..<2 {
            let run = try SitegenBinary.run(
                ["--content", ok, "--output", docs, "--cache", project.cache],
                environment: project.fixture.environment(), folder: project.fixture.root)
            #expect(run.status == 1)
            #expect(
                run.stderr.contains(
                    "error: \(docs): the output folder already holds 2 entries that sitegen did not write"
                ))
            #expect(
                run.stderr.contains("pass another --output (a new or empty folder), or --force"))
        }
        #expect(project.outside() == before)
        #expect(!FileManager.default.fileExists(atPath: project.cache))

        for arguments in [["--force"], []] {
            let run = try SitegenBinary.run(
                ["--content", ok, "--output", docs, "--cache", project.cache] + arguments,
                environment: project.fixture.environment(), folder: project.fixture.root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.cache + "/replaced")
            .filter { $0.hasPrefix("docs-") }
        #expect(kept.count == 1)
        let copy = project.cache + "/replaced/" + (kept.first ?? "")
        #expect(try String(contentsOfFile: copy + "/thesis.tex", encoding: .utf8) == "thesis")
        #expect(try String(contentsOfFile: copy + "/notes.txt", encoding: .utf8) == "notes")
    }

    @Test func twoBuildsIntoOneOutputAtOnceNeverMix() throws {
        let project = try Project()
        let first = try project.content(
            "first", "# First\n\n```sh run id=slow\nsleep 1\necho first-build\n```\n")
        let second = try project.content(
            "second", "# Second\n\n```sh run id=quick\necho second-build\n```\n")
        let (process, stderrPath) = try project.start(first)
        let started = ProcScan.waitUntil(10) {
            project.fixture.survivors().contains { $0 != process.processIdentifier }
        }
        #expect(started, "the first build's example never started")
        let begun = Date()
        let run = try project.run(second)
        #expect(Date().timeIntervalSince(begun) < 5)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "another sitegen build (pid \(process.processIdentifier)) is writing this site"))
        #expect(run.stderr.contains("wait for it to finish and build again"))
        process.waitUntilExit()
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(stderr)")
        let page = try String(contentsOfFile: project.output + "/index.html", encoding: .utf8)
        #expect(page.contains("first-build"))
        #expect(!page.contains("second-build"))
        #expect(project.names() == Self.expectedNames)
        // The lock went with the first build: now the second one builds.
        #expect(try project.run(second).status == 0)
    }

    /// SIGKILL: the previous site stays whole; the kernel kills the example's root process
    /// (PR_SET_PDEATHSIG); what the root started lives on until the next build, which ends it,
    /// says so, and is not blocked by the dead build's lock.
    @Test func aKilledBuildIsCleanedUpByTheNextOne() throws {
        let project = try Project()
        let ok = try project.content("ok", "# OK\n\n```sh run id=ok\necho fine\n```\n")
        #expect(try project.run(ok).status == 0)
        let site = listing(project.output)
        let before = project.outside()
        let hanging = try project.content(
            "hanging",
            "# Hanging\n\n```sh run id=hang timeout=60\nsetsid sleep 31 &\nsleep 32\n```\n")
        let (process, _) = try project.start(hanging)
        let sitegen = process.processIdentifier
        var root: Int32?
        let started = ProcScan.waitUntil(10) {
            let alive = project.fixture.survivors()
            root = alive.first { parent(of: $0) == sitegen }
            return root != nil && alive.filter { command(of: $0).contains("sleep 3") }.count == 2
        }
        #expect(started, "the example and its children never started")
        kill(sitegen, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationStatus == SIGKILL)

        if let root {
            #expect(ProcScan.waitUntil(2) { !processIsAlive(root) }, "the root outlived sitegen")
        }
        let leftovers = project.fixture.survivors()
        #expect(leftovers.count == 2, "the two sleeps live on until the next build")
        #expect(listing(project.output) == site)
        #expect(project.outside() == before)

        let start = Date()
        let run = try project.run(ok)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "sitegen: ended 2 processes that an earlier build of \(project.output) left running when it was killed: "
            ), "\(run.stderr)")
        for pid in leftovers { #expect(run.stderr.contains("\(pid) sleep 3")) }
        #expect(ProcScan.waitUntil(2) { project.fixture.survivors().isEmpty })
        #expect(project.names() == Self.expectedNames)
        for pid in project.fixture.survivors() { kill(pid, SIGKILL) }
    }
}

/// The parent pid of a process (`/proc/PID/stat` field 4), or nil once it is gone.
private func parent(of pid: Int32) -> Int32? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
    return fields.count > 1 ? Int32(fields[1]) : nil
}

private func command(of pid: Int32) -> String {
    let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data()
    return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(
        separator: " ")
}
