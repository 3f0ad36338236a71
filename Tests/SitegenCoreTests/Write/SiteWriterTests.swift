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

    private func spares(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(".site.") }
    }

    @Test func aRebuildKeepsOnePreviousTreeHiddenAndRecyclesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.path + "/site"
        try SiteWriter.write(files(["index.html": "one", "a/b.html": "long text here"]), to: site)
        #expect(try spares(folder).isEmpty)
        try SiteWriter.write(files(["index.html": "two", "a/b.html": "short"]), to: site)
        #expect(try spares(folder) == [".site.old-\(getpid())"])
        let third = ["index.html": "3", "c.html": "new", "a/d.html": "d"]
        try SiteWriter.write(files(third), to: site)
        #expect(tree(site) == third)
        #expect(try spares(folder) == [".site.old-\(getpid())"])
        #expect(
            tree(folder.path + "/.site.old-\(getpid())") == [
                "index.html": "two", "a/b.html": "short",
            ])
    }

    @Test func strayEntriesOfTheRecycledTreeAreReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.path + "/site"
        try folder.write("outside.txt", "keep me")
        try folder.write(".site.old-1/index.html/x", "a folder where a file goes")
        try folder.write(".site.old-1/gone.html", "stale")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/.site.old-1/link.html", withDestinationPath: "../outside.txt")
        try folder.write(".site.new-2/other.html", "a crashed build's staging")
        try FileManager.default.linkItem(
            atPath: folder.path + "/outside.txt", toPath: folder.path + "/.site.old-1/hard.html")
        let wanted = ["index.html": "i", "link.html": "l", "hard.html": "h"]
        try SiteWriter.write(files(wanted), to: site)
        #expect(tree(site) == wanted)
        #expect(try folder.read("outside.txt") == "keep me")
        #expect(try spares(folder).isEmpty)
    }

    @Test func aReadOnlyRecycledTreeIsReplacedByAFreshOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.path + "/site"
        try folder.write(".site.old-1/locked/page.html", "old")
        chmod(folder.path + "/.site.old-1/locked/page.html", 0o444)
        chmod(folder.path + "/.site.old-1/locked", 0o555)
        defer { chmod(folder.path + "/.site.new-\(getpid())/locked", 0o755) }
        try SiteWriter.write(files(["locked/page.html": "new"]), to: site)
        #expect(tree(site) == ["locked/page.html": "new"])
    }
}
