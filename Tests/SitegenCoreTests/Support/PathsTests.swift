import Foundation
import Testing

@testable import SitegenCore

@Suite("Support: Paths")
struct PathsTests {
    @Test func splitsOneCharacterComponentsWithoutFoundation() {
        #expect(Paths.parent("a") == "")
        #expect(Paths.parent("a/") == "")
        #expect(Paths.parent("a/b") == "a")
        #expect(Paths.parent("/a") == "/")
        #expect(Paths.parent("/") == "/")
        #expect(Paths.parent("x//y/") == "x")
        #expect(Paths.name("a") == "a")
        #expect(Paths.name("a/") == "a")
        #expect(Paths.name("/a/b.md") == "b.md")
        #expect(Paths.fileExtension("site/p.html") == "html")
        #expect(Paths.fileExtension(".hidden") == "")
        #expect(Paths.fileExtension("a.b/c") == "")
        #expect(Paths.join("a", "b") == "a/b")
        #expect(Paths.join("/", "b") == "/b")
        #expect(Paths.absolute("/a/./b/../c//d/") == "/a/c/d")
    }

    @Test func realResolvesLinksAboveFoldersThatDoNotExistYet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = Paths.real(folder.path)
        try folder.write("content/index.md", "# A")
        #expect(symlink("content", root + "/al") == 0)
        #expect(Paths.real(root + "/al/site/deeper") == root + "/content/site/deeper")
        #expect(Paths.real(root + "/al/../x") == root + "/x")
        #expect(Paths.realParent(root + "/al") == root + "/al")
        #expect(Paths.isInside(root + "/content/site", root + "/content"))
        #expect(!Paths.isInside(root + "/contents", root + "/content"))
    }
}
