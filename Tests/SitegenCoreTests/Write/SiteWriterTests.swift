import Foundation
import Testing

@testable import SitegenCore

/// The writer: exact trees, the previous site kept hidden and recycled in place.
@Suite("Write: SiteWriter")
struct SiteWriterTests {
    private func files(_ pairs: [String: String]) -> [String: [UInt8]] {
        pairs.mapValues { Array($0.utf8) }
    }

    /// Every regular file below `root` with its text, folders implied.
    private func tree(_ root: String) -> [String: String] {
        var found: [String: String] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: root)! {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: root + "/" + relative, isDirectory: &isFolder)
            if !isFolder.boolValue {
                found[relative] =
                    (try? String(contentsOfFile: root + "/" + relative, encoding: .utf8))
                    ?? "<link>"
            }
        }
        return found
    }

    /// Installs `files` at `folder/site` with the work folder in `folder/cache`, as a build does.
    @discardableResult
    private func install(_ files: [String: [UInt8]], in folder: TemporaryFolder) throws -> String? {
        let target = try OutputFolder.target(
            folder.path + "/site", force: false, cache: folder.path + "/cache")
        return try SiteWriter.write(files, into: target, work: work(folder))
    }

    private func inode(_ path: String) -> UInt? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt(info.st_ino) : nil
    }

    private func work(_ folder: TemporaryFolder) -> WorkFolder {
        WorkFolder(cache: folder.path + "/cache", output: folder.path + "/site")
    }

    /// The site's files without the mark.
    private func site(_ folder: TemporaryFolder) -> [String: String] {
        tree(folder.path + "/site").filter { $0.key != OutputFolder.markName }
    }

    @Test func aRebuildKeepsOnePreviousTreeInTheCacheAndRecyclesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let work = work(folder)
        try install(files(["index.html": "one", "a/b.html": "long text here"]), in: folder)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "cache", "site",
            ])
        #expect(!FileManager.default.fileExists(atPath: work.previous))
        #expect(OutputFolder.isMarked(folder.path + "/site"))
        try install(files(["index.html": "two", "a/b.html": "short"]), in: folder)
        let third = ["index.html": "3", "c.html": "new", "a/d.html": "d"]
        let recycled = inode(work.previous + "/index.html")
        try install(files(third), in: folder)
        #expect(site(folder) == third)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "cache", "site",
            ])
        #expect(
            tree(work.previous).filter { $0.key != OutputFolder.markName } == [
                "index.html": "two", "a/b.html": "short",
            ])
        // The first site, kept by the second build, was recycled: the third site's index.html
        // is that same file, overwritten in place.
        #expect(recycled != nil && inode(folder.path + "/site/index.html") == recycled)
        #expect(SpareTree.candidates(in: work.root) == [work.previous])
    }

    @Test func strayEntriesOfTheRecycledTreeAreReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let work = work(folder)
        try install(files(["index.html": "first"]), in: folder)
        let previous = "cache/outputs/" + Paths.name(work.root) + "/previous"
        try folder.write("outside.txt", "keep me")
        try folder.write(previous + "/index.html/x", "a folder where a file goes")
        try folder.write(previous + "/gone.html", "stale")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/" + previous + "/link.html",
            withDestinationPath: "../../../../outside.txt")
        try FileManager.default.linkItem(
            atPath: folder.path + "/outside.txt",
            toPath: folder.path + "/" + previous + "/hard.html")
        try folder.write(
            "cache/outputs/" + Paths.name(work.root) + "/staging/other.html",
            "a killed build's staging")
        let wanted = ["index.html": "i", "link.html": "l", "hard.html": "h"]
        try install(files(wanted), in: folder)
        #expect(site(folder) == wanted)
        #expect(try folder.read("outside.txt") == "keep me")
        #expect(SpareTree.candidates(in: work.root) == [work.previous])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "cache", "outside.txt", "site",
            ])
    }

    @Test func aReadOnlyRecycledTreeIsReplacedByAFreshOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let work = work(folder)
        try install(files(["index.html": "first"]), in: folder)
        try folder.write(
            "cache/outputs/\(Paths.name(work.root))/previous/locked/page.html",
            "old")
        chmod(work.previous + "/locked/page.html", 0o444)
        chmod(work.previous + "/locked", 0o555)
        defer {
            for spare in SpareTree.candidates(in: work.root) { chmod(spare + "/locked", 0o755) }
        }
        try install(files(["locked/page.html": "new"]), in: folder)
        #expect(site(folder) == ["locked/page.html": "new"])
    }
}
