import Foundation
import Testing

@testable import SitegenCore

/// The execution cache end to end with a counting fake executor: what re-runs and what does not.
@Suite struct ExecutionCacheTests {
    @Test func warmRebuildSpawnsNothingAndWritesTheSameBytes() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build("first")
        // Python probe, the two examples, Python's facts for the machine card.
        #expect(site.executor.count == 4)
        #expect(site.entries().count == 2)
        site.executor.reset()
        let summary = try site.build("second")
        #expect(site.executor.count == 0)
        #expect(summary.reused == 2)
        let first = site.files("first")
        #expect(!first.isEmpty)
        #expect(first == site.files("second"))
    }

    @Test func aRebuildWithNothingChangedLeavesTheSiteAsItIs() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        let built = site.files()
        site.executor.reset()
        #expect(try site.build().upToDate)
        #expect(site.executor.count == 0)
        #expect(site.files() == built)
        // A touch changes no byte: still up to date.
        let page = site.content + "/examples.md"
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: page)
        #expect(try site.build().upToDate)
        // A prose edit, a deleted output file or --rerun: a real build (from the cache).
        try site.folder.write(
            "content/examples.md", CacheSite.page.replacingOccurrences(of: "Some", with: "More"))
        var summary = try site.build()
        #expect(!summary.upToDate && summary.reused == 2)
        try site.folder.write("content/examples.md", CacheSite.page)
        summary = try site.build()
        #expect(!summary.upToDate && summary.reused == 2)
        try FileManager.default.removeItem(atPath: site.folder.path + "/site/examples.html")
        summary = try site.build()
        #expect(!summary.upToDate && summary.reused == 2)
        #expect(site.files() == built)
        #expect(try site.build().upToDate)
        #expect(!(try site.build(rerun: .ids(["shell"])).upToDate))
        #expect(site.executor.exampleRuns == 1)
    }

    @Test func proseTitleMovesAndIdsDoNotRerun() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        site.executor.reset()
        let moved = CacheSite.page.replacingOccurrences(of: "title: Examples", with: "title: Moved")
            .replacingOccurrences(of: "Some prose.", with: "Other prose, longer.\n\nAnd more.")
            .replacingOccurrences(of: "id=hello", with: "id=greeting")
        try FileManager.default.removeItem(atPath: site.content + "/examples.md")
        try site.folder.write("content/sub/moved.md", moved)
        try site.folder.write("content/index.md", "# Home\n\nSee [moved](sub-moved.html).\n")
        let summary = try site.build()
        #expect(site.executor.count == 0)
        #expect(summary.reused == 2)
        #expect(summary.examples.map(\.example.id).sorted() == ["greeting", "shell"])
    }

    @Test func editingOneExampleRerunsOnlyIt() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        site.executor.reset()
        try site.folder.write(
            "content/examples.md",
            CacheSite.page.replacingOccurrences(of: "echo hello", with: "echo bye"))
        let summary = try site.build()
        #expect(site.executor.count == 1)
        #expect(summary.reused == 1)
        // The old entry of the edited example is pruned.
        #expect(site.entries().count == 2)
    }

    @Test func runOptionsAndInterpreterChangesRerun() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        site.executor.reset()
        // A different pyenv selection may resolve another interpreter: probe again.
        try site.build(environment: ["PYENV_VERSION": "3.12.0"])
        #expect(site.executor.count == 1)
        site.executor.reset()
        // The interpreter binary changed (same path, new stamp): probe again, and its facts.
        try "#!/bin/sh\n".write(toFile: site.python, atomically: true, encoding: .utf8)
        chmod(site.python, 0o755)
        try site.build(environment: ["PYENV_VERSION": "3.12.0"])
        #expect(site.executor.count == 1)
    }

    @Test func rerunForcesNamedOrAllExamples() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        site.executor.reset()
        try site.build(rerun: .ids(["shell"]))
        #expect(site.executor.exampleRuns == 1)
        site.executor.reset()
        try site.build(rerun: .all)
        #expect(site.executor.exampleRuns == 2)
        #expect(throws: SitegenError.self) { try site.build(rerun: .ids(["nope"])) }
    }

    @Test func noExecListsWhatIsMissingThenBuildsFromTheCacheAlone() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        do {
            try site.build(noExec: true)
            Issue.record("expected --no-exec to fail on an empty cache")
        } catch let error as SitegenError {
            #expect(error.message.contains("hello ("))
            #expect(error.message.contains("examples.md:8)"))
            #expect(error.message.contains("shell ("))
            #expect(error.hint.contains("without --no-exec"))
        }
        #expect(site.executor.count == 0)
        try site.build("first")
        site.executor.reset()
        // No interpreter needed: CI renders a committed cache without Python.
        try site.build("frozen", noExec: true, environment: ["SITEGEN_PYTHON": "/nonexistent"])
        #expect(site.executor.count == 0)
        #expect(site.files("first") == site.files("frozen"))
    }

    @Test func aCollidingFileWithAnotherKeyIsNotReused() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        let cache = ExecutionCache(folder: site.cache)
        let files = site.entries()
        // Swap the two entries' contents: each file now holds the other key.
        let first = try Data(contentsOf: URL(fileURLWithPath: site.cache + "/" + files[0]))
        let second = try Data(contentsOf: URL(fileURLWithPath: site.cache + "/" + files[1]))
        try second.write(to: URL(fileURLWithPath: site.cache + "/" + files[0]))
        try first.write(to: URL(fileURLWithPath: site.cache + "/" + files[1]))
        #expect(cache.allEntries().count == 2)
        site.executor.reset()
        let summary = try site.build()
        #expect(summary.reused == 0)
        #expect(site.executor.exampleRuns == 2)
    }

    @Test func reusedResultsSayWhereAndWhenTheyWereMeasured() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        let page = String(decoding: site.files()["examples.html"] ?? Data(), as: UTF8.self)
        let host = Provenance.now().hostname
        #expect(page.contains("<li>Measured on \(host), "))
    }
}
