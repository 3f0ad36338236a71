import Testing

@testable import SitegenCore

/// The heading level an example's own headings follow, read from cmark's HTML by a byte scan.
@Suite struct HeadingLevelsTests {
    @Test func findsTheLastHeadingOfAPiece() {
        #expect(HeadingLevels.lastLevel(in: "<h2 id=\"a\">A</h2><p>x</p><h3>B</h3>") == 3)
        #expect(HeadingLevels.lastLevel(in: "<h1>Title</h1>\n<p>text</p>\n") == 1)
        #expect(HeadingLevels.lastLevel(in: "<h6>") == 6)
    }

    @Test func ignoresWhatIsNotAHeadingTag() {
        #expect(HeadingLevels.lastLevel(in: "<p>no heading</p>") == nil)
        #expect(HeadingLevels.lastLevel(in: "<hr /><h7>x</h7><h2x>") == nil)
        #expect(HeadingLevels.lastLevel(in: "<h2>a</h2><header><h0>") == 2)
        #expect(HeadingLevels.lastLevel(in: "") == nil)
        #expect(HeadingLevels.lastLevel(in: "<h") == nil)
        #expect(HeadingLevels.lastLevel(in: "<h3") == nil)
        #expect(HeadingLevels.lastLevel(in: "é<h4 class=\"x\">ü</h4>") == 4)
    }

    @Test func anExampleHeadingFollowsThePageHeadingBeforeIt() {
        let section: Node = .el("section", [.el("h4", text: "Output")])
        let fitted = HeadingLevels.fitted([.raw("<h2 id=\"s\">S</h2>"), section])
        #expect(fitted[1].rendered == "<section><h3>Output</h3></section>")
    }
}
