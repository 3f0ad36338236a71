import Foundation
import Testing

@testable import SitegenCore

/// A project folder (content, cache, outputs) built with the library and a page without examples.
struct OutputProject {
    let folder: TemporaryFolder
    var root: String { folder.path }
    var cache: String { root + "/.sitegen-cache" }

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("content/index.md", "# Home\n\nHello.\n")
    }

    /// Builds into `output` (relative to the project unless absolute).
    @discardableResult
    func build(
        _ output: String, force: Bool = false, cache: String? = nil, lines: LockedLines? = nil
    ) throws -> SiteBuilder.Summary {
        var options = BuildOptions(
            contentFolder: root + "/content",
            outputFolder: output.hasPrefix("/") ? output : root + "/" + output, runs: 1, warmup: 0,
            cacheFolder: cache ?? self.cache)
        options.force = force
        let builder = SiteBuilder(
            executor: ScriptedExecutor { _ in
                ScriptedExecutor.capture(lines: [(0.001, .stdout, "hello")], wall: 0.01)
            }, environment: [:],
            progress: { line in lines?.append(line) })
        return try builder.build(options)
    }

    /// The error a build throws, or nil.
    func refusal(_ output: String, force: Bool = false) -> SitegenError? {
        do {
            try build(output, force: force)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            return SitegenError(.write, "\(error)", hint: "")
        }
    }
}

/// Every entry below `root` (not following links) with its kind, size, mtime and, for files,
/// bytes: two listings are equal only when nothing was created, changed or deleted.
func listing(_ root: String, skipping skipped: Set<String> = []) -> [String: String] {
    var found: [String: String] = [:]
    func walk(_ relative: String) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = relative.isEmpty ? name : relative + "/" + name
            if skipped.contains(path) { continue }
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            let mtime = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            var entry =
                "mode \(info.st_mode) size \(info.st_size) mtime \(mtime) inode \(info.st_ino)"
            if kind == S_IFREG, let data = FileManager.default.contents(atPath: root + "/" + path) {
                entry += " bytes \(FNV1a.hex(data))"
            }
            if kind == S_IFLNK {
                entry +=
                    " -> "
                    + ((try? FileManager.default.destinationOfSymbolicLink(
                        atPath: root + "/" + path)) ?? "?")
            }
            found[path] = entry
            if kind == S_IFDIR { walk(path) }
        }
    }
    walk("")
    return found
}

@Suite("Write: sitegen replaces only its own output")
struct OutputFolderTests {
    @Test func aFolderOfTheUsersFilesIsRefusedAndNothingIsTouched() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("docs/notes.txt", "my notes")
        try project.folder.write("docs/thesis.tex", "\\documentclass{article}")
        let before = listing(project.root)
        for _ in 0..<2 {
            let error = project.refusal("docs")
            #expect(
                error?.description.hasPrefix(
                    "\(project.root)/docs: the output folder already holds 2 entries that sitegen did not write (it has no .sitegen-output mark); nothing was changed — pass another --output (a new or empty folder), or --force to replace it (what is there now is moved to \(project.cache)/replaced/, not deleted)"
                ) == true, "\(error?.description ?? "no error")")
        }
        #expect(listing(project.root) == before)
    }

    @Test func forceReplacesTheFolderAndKeepsWhatWasThereInTheCache() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("docs/notes.txt", "my notes")
        try project.folder.write("docs/thesis.tex", "thesis")
        let lines = LockedLines()
        try project.build("docs", force: true, lines: lines)
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.cache + "/replaced")
            .filter { $0.hasPrefix("docs-") }
        #expect(kept.count == 1)
        let copy = project.cache + "/replaced/" + (kept.first ?? "")
        #expect(try String(contentsOfFile: copy + "/notes.txt", encoding: .utf8) == "my notes")
        #expect(try String(contentsOfFile: copy + "/thesis.tex", encoding: .utf8) == "thesis")
        #expect(lines.all.contains { $0.contains("is kept in \(copy); the site replaces it") })
        #expect(OutputFolder.isMarked(project.root + "/docs"))
        // Now the folder is sitegen's: later builds need no --force and keep the copy.
        try project.build("docs")
        try project.build("docs")
        #expect(try String(contentsOfFile: copy + "/notes.txt", encoding: .utf8) == "my notes")
        #expect(FileManager.default.fileExists(atPath: project.root + "/docs/index.html"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: project.root).sorted() == [
                ".sitegen-cache", "content", "docs",
            ])
    }

    @Test func aFileIsRefusedAndForceKeepsIt() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("site", "a file, not a folder")
        let before = listing(project.root)
        #expect(
            project.refusal("site")?.message
                == "the output path is a file, not a folder; nothing was changed")
        #expect(listing(project.root) == before)
        try project.build("site", force: true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.cache + "/replaced")
            .filter { $0.hasPrefix("site-") }
        #expect(kept.count == 1)
        #expect(
            try String(
                contentsOfFile: project.cache + "/replaced/" + (kept.first ?? ""), encoding: .utf8)
                == "a file, not a folder")
        #expect(OutputFolder.isMarked(project.root + "/site"))
    }

    @Test func aLinkToAFolderSitegenDidNotWriteIsRefused() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("mine/notes.txt", "mine")
        try FileManager.default.createSymbolicLink(
            atPath: project.root + "/docs", withDestinationPath: "mine")
        let before = listing(project.root)
        #expect(
            project.refusal("docs")?.message
                == "the output path is a symbolic link to mine, which is not a folder sitegen wrote; nothing was changed"
        )
        #expect(listing(project.root) == before)
    }

    @Test func aLinkToSitegensOutputIsFollowedAndStaysALink() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.build("build/site")
        try FileManager.default.createSymbolicLink(
            atPath: project.root + "/docs", withDestinationPath: "build/site")
        try project.folder.write("content/index.md", "# Home\n\nChanged.\n")
        try project.build("docs")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: project.root + "/docs")
                == "build/site")
        #expect(try project.folder.read("build/site/index.html").contains("Changed."))
    }

    @Test func aPipeIsRefusedEvenWithForce() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        #expect(mkfifo(project.root + "/site", 0o644) == 0)
        let before = listing(project.root)
        #expect(
            project.refusal("site", force: true)?.message
                == "the output path is not a folder (a device, socket or pipe); nothing was changed"
        )
        #expect(listing(project.root) == before)
    }

    @Test func anEmptyFolderIsUsedAndMarked() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try FileManager.default.createDirectory(
            atPath: project.root + "/site", withIntermediateDirectories: false)
        try project.build("site")
        #expect(OutputFolder.isMarked(project.root + "/site"))
        let mark = try project.folder.read("site/.sitegen-output")
        #expect(mark.hasPrefix("sitegen output folder, format 1\n"))
        // The mark is not a page: results.json and the pages do not mention it.
        #expect(!(try project.folder.read("site/results.json")).contains(".sitegen-output"))
    }

    /// A site of sitegen 0.1 has no mark: it is replaced without --force, kept in the cache once.
    @Test func aSiteOfAnOlderSitegenIsReplacedAndKeptOnce() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("site/index.html", "<p>old</p>")
        try project.folder.write(
            "site/results.json", #"{"examples": [], "generator": "sitegen 0.1.0"}"#)
        let lines = LockedLines()
        try project.build("site", lines: lines)
        #expect(OutputFolder.isMarked(project.root + "/site"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.cache + "/replaced")
            .filter { $0.hasPrefix("site-") }
        #expect(kept.count == 1)
        #expect(lines.all.contains { $0.contains("holds a site an older sitegen wrote") })
        // A results.json of another tool does not count.
        try project.folder.write("other/index.html", "<p>mine</p>")
        try project.folder.write("other/results.json", #"{"generator": "mytool 2"}"#)
        #expect(project.refusal("other") != nil)
    }

    @Test func aFolderWhoseMarkIsNotSitegensIsRefused() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        try project.folder.write("site/.sitegen-output", "something else")
        #expect(project.refusal("site") != nil)
    }

    /// The previous site kept for an output that was deleted since goes away (after an hour);
    /// the work folders of outputs that exist stay.
    @Test func workFoldersOfDeletedOutputsAreRemoved() throws {
        let project = try OutputProject()
        defer { project.folder.remove() }
        // Each build edits the page, so none is skipped as up to date.
        for (round, output) in ["preview", "preview", "site", "site"].enumerated() {
            try project.folder.write("content/index.md", "# Home\n\nRound \(round).\n")
            try project.build(output)
        }
        let preview = WorkFolder(cache: project.cache, output: project.root + "/preview")
        let site = WorkFolder(cache: project.cache, output: project.root + "/site")
        #expect(FileTree.kind(preview.previous) == .directory)
        try FileManager.default.removeItem(atPath: project.root + "/preview")
        try project.folder.write("content/index.md", "# Home\n\nRound 5.\n")
        try project.build("site")
        #expect(FileTree.kind(preview.previous) == .directory, "kept during the first hour")
        let hourAgo = Date().addingTimeInterval(-3700)
        try FileManager.default.setAttributes(
            [.modificationDate: hourAgo], ofItemAtPath: preview.lock)
        try FileManager.default.setAttributes(
            [.modificationDate: hourAgo], ofItemAtPath: site.lock)
        try project.folder.write("content/index.md", "# Home\n\nRound 6.\n")
        try project.build("site")
        #expect(!FileTree.exists(preview.root))
        #expect(FileTree.kind(site.previous) == .directory)
    }

    /// With the cache on another file system (tmpfs), the site is staged beside the output and
    /// nothing of it stays there; `--force` copies what it replaces into the cache first.
    @Test func aCacheOnAnotherFileSystemLeavesNothingBesideTheOutput() throws {
        let shm = "/dev/shm"
        var tmpfs = stat()
        var here = stat()
        let project = try OutputProject()
        defer { project.folder.remove() }
        guard stat(shm, &tmpfs) == 0, stat(project.root, &here) == 0, tmpfs.st_dev != here.st_dev,
            access(shm, W_OK) == 0
        else { return }
        let cache = shm + "/sitegen-test-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: cache) }
        // An empty folder first: swapped out and removed, not left beside.
        try FileManager.default.createDirectory(
            atPath: project.root + "/empty", withIntermediateDirectories: false)
        try project.build("empty", cache: cache)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: project.root).sorted() == [
                "content", "empty",
            ])
        try FileManager.default.removeItem(atPath: project.root + "/empty")
        try project.folder.write("docs/notes.txt", "my notes")
        try project.build("docs", force: true, cache: cache)
        try project.build("docs", cache: cache)
        try project.folder.write("content/index.md", "# Home\n\nAgain.\n")
        try project.build("docs", cache: cache)
        #expect(try project.folder.read("docs/index.html").contains("Again."))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: project.root).sorted() == [
                "content", "docs",
            ])
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache + "/replaced")
            .filter { $0.hasPrefix("docs-") }
        #expect(kept.count == 1)
        #expect(
            try String(
                contentsOfFile: cache + "/replaced/" + (kept.first ?? "") + "/notes.txt",
                encoding: .utf8) == "my notes")
    }
}
