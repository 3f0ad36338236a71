import Foundation
import Testing

@testable import SitegenCore

/// The built binary against a cache or a project holding links planted where sitegen keeps its
/// own files (a committed or restored `.sitegen-cache/` can hold any): nothing outside the
/// output and the cache is ever written, moved or deleted (issue 21).
@Suite("CLI: links planted in the cache or around the output")
struct HostileCacheTests {
    /// `t/content` with one page, and a `victim` folder of the user's files outside the project.
    struct Project {
        let fixture: SiteFixture
        var root: String { fixture.root }

        init() throws {
            fixture = try SiteFixture(["index.md": "# A\n"])
            try write("victim/staging/a.txt", "keep a")
            try write("victim/previous/b.txt", "keep b")
            try write("victim/.gitignore", "keep ignore")
        }

        func write(_ relative: String, _ text: String) throws {
            let path = root + "/" + relative
            try FileManager.default.createDirectory(
                atPath: Paths.parent(path), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        func link(_ relative: String, to destination: String) throws {
            let path = root + "/" + relative
            try? FileManager.default.removeItem(atPath: path)
            #expect(symlink(destination, path) == 0)
        }

        /// Builds with `--content content --output out --cache cache` unless told otherwise.
        @discardableResult
        func build(_ arguments: [String] = []) throws -> SitegenBinary.Run {
            var all = ["build", "--runs", "1", "--warmup", "0"] + arguments
            for (option, value) in [
                ("--content", "content"), ("--output", "out"), ("--cache", "cache"),
            ]
            where !arguments.contains(option) {
                all += [option, value]
            }
            return try SitegenBinary.run(
                all, environment: fixture.environment(), folder: root)
        }

        /// Edits the page so the next build is not skipped as up to date.
        func touchPage(_ round: Int) throws {
            try write("content/index.md", "# A\n\nRound \(round).\n")
        }

        /// The user's files outside the project, each with its text.
        func victim() -> [String: String] { fixture.readTree(root + "/victim") }

        static let victimFiles = [
            "staging/a.txt": "keep a", "previous/b.txt": "keep b", ".gitignore": "keep ignore",
        ]
    }

    @Test func aLinkPlantedAsTheOutputsWorkFolderIsRefusedAndNothingBehindItIsDeleted() throws {
        let project = try Project()
        #expect(try project.build().status == 0)
        let outputs = project.root + "/cache/outputs"
        let hash = try FileManager.default.contentsOfDirectory(atPath: outputs)
            .filter { $0 != ".gitignore" }
        #expect(hash.count == 1)
        try FileManager.default.removeItem(atPath: outputs + "/" + hash[0])
        try project.link("cache/outputs/" + hash[0], to: project.root + "/victim")
        try project.touchPage(1)

        let run = try project.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("cache/outputs/\(hash[0]): this is a symbolic link"))
        #expect(project.victim() == Project.victimFiles)
        #expect(FileTree.kind(project.root + "/out/index.html") == .file, "the site stays")
    }

    @Test func linksAsTheStagingOrPreviousTreeAreRemovedAsLinks() throws {
        let project = try Project()
        #expect(try project.build().status == 0)
        try project.touchPage(0)
        #expect(try project.build().status == 0)
        let work = WorkFolder(cache: project.root + "/cache", output: project.root + "/out")
        try FileManager.default.removeItem(atPath: work.previous)
        #expect(symlink(project.root + "/victim/previous", work.previous) == 0)
        #expect(symlink(project.root + "/victim/staging", work.staging) == 0)
        try project.touchPage(1)

        #expect(try project.build().status == 0)
        #expect(project.victim() == Project.victimFiles)
        #expect(FileTree.kind(work.previous) == .directory, "a real previous tree again")
        #expect(
            project.fixture.readTree(project.root + "/out")["index.html"]?.contains("Round 1")
                == true)
    }

    @Test func linkedGitignoresAndOwnersFolderAreNeverWrittenThrough() throws {
        let project = try Project()
        #expect(try project.build().status == 0)
        try project.link("cache/outputs/.gitignore", to: project.root + "/victim/.gitignore")
        try project.link("cache/replaced/.gitignore", to: project.root + "/victim/.gitignore")
        try FileManager.default.removeItem(atPath: project.root + "/cache/owners")
        try project.link("cache/owners", to: project.root + "/victim")
        try project.touchPage(1)

        #expect(try project.build().status == 0)
        #expect(project.victim() == Project.victimFiles)
        // The linked .gitignore files were replaced as links by sitegen's own.
        for folder in ["outputs", "replaced"] {
            #expect(FileTree.kind(project.root + "/cache/\(folder)/.gitignore") == .file)
        }
    }

    @Test func aLinkedCacheEntryOrManifestIsNeitherReadNorWrittenThrough() throws {
        let project = try Project()
        try project.write("content/index.md", "# A\n\n```sh run id=one\necho one\n```\n")
        #expect(try project.build().status == 0)
        let cache = project.root + "/cache"
        let planted = try FileManager.default.contentsOfDirectory(atPath: cache)
            .filter { ExecutionCache.isEntryFile($0) || $0.hasPrefix("build-") }
        // The example's entry, the start-up entry of sh, and the build manifest.
        #expect(planted.count == 3)
        for name in planted {
            try project.link("cache/" + name, to: project.root + "/victim/staging/a.txt")
        }
        try project.write("content/index.md", "# A\n\n```sh run id=one\necho one\n```\n\nMore.\n")

        #expect(try project.build().status == 0)
        #expect(project.victim() == Project.victimFiles)
        #expect(
            project.fixture.readTree(project.root + "/out")["index.html"]?.contains("one") == true)
    }

    @Test func overlapChecksSeeThroughLinksToFoldersThatDoNotExistYet() throws {
        let project = try Project()
        try project.link("al", to: "content")
        let output = try project.build(["--output", "al/site"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("inside the content folder"))
        let cache = try project.build(["--cache", "al/c"])
        #expect(cache.status == 64)
        #expect(cache.stderr.contains("inside the output or the content folder"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: project.fixture.content) == [
                "index.md"
            ])

        #expect(try project.build().status == 0)
        let before = project.fixture.readTree(project.root + "/out")
        try project.link("sl", to: "out")
        try project.touchPage(1)
        let inside = try project.build(["--cache", "sl/c"])
        #expect(inside.status == 64)
        #expect(project.fixture.readTree(project.root + "/out") == before)
        #expect(!FileTree.exists(project.root + "/out/c"))
    }

    @Test func aLinkedLockFileIsRefusedNamingItAndItsTargetIsUntouched() throws {
        let project = try Project()
        #expect(try project.build().status == 0)
        let work = WorkFolder(cache: project.root + "/cache", output: project.root + "/out")
        try FileManager.default.removeItem(atPath: work.lock)
        #expect(symlink(project.root + "/victim/.gitignore", work.lock) == 0)
        try project.touchPage(1)
        let run = try project.build()
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "/lock: cannot create the build's lock file: this is a symbolic link"))
        #expect(run.stderr.contains("delete the link"))
        #expect(project.victim() == Project.victimFiles)
    }

    @Test func theCacheFolderItselfALinkIsRefusedNamingIt() throws {
        let project = try Project()
        try project.link("cache", to: project.root + "/victim")
        let run = try project.build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("/cache: "))
        #expect(run.stderr.contains("symbolic link"))
        #expect(project.victim() == Project.victimFiles)
    }

    /// This toolchain's NSString path methods trap on one-character components (SIGILL).
    @Test func oneCharacterFolderNamesBuild() throws {
        let project = try Project()
        try project.write("a/index.md", "# One letter\n")
        let run = try project.build(["--content", "a", "--output", "o", "--cache", "c"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileTree.kind(project.root + "/o/index.html") == .file)
    }
}
