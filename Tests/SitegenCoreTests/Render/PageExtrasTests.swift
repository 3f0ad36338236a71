import Testing

@testable import SitegenCore

@Suite struct PageExtrasTests {
    @Test func tableOfContentsNestsLevelThreeUnderTwo() {
        let headings = [
            Heading(level: 1, text: "T", anchor: "t", line: 1),
            Heading(level: 2, text: "A", anchor: "a", line: 2),
            Heading(level: 3, text: "A.1", anchor: "a-1", line: 3),
            Heading(level: 2, text: "B <b>", anchor: "b", line: 4),
        ]
        #expect(
            TableOfContents.node(headings)?.rendered
                == #"<nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p>"#
                + ##"<ol><li><a href="#a">A</a><ol><li><a href="#a-1">A.1</a></li></ol></li>"##
                + ##"<li><a href="#b">B &lt;b&gt;</a></li></ol></nav>"##)
    }

    @Test func noTableForOneHeading() {
        #expect(TableOfContents.node([Heading(level: 2, text: "A", anchor: "a", line: 2)]) == nil)
    }

    @Test func tableGoesAfterTheTitle() {
        let placed = TableOfContents.placed(
            .raw("TOC"), in: [.raw("<h1 id=\"t\">T</h1>\n<p>x</p>"), .text("y")])
        #expect(Node.group(placed).rendered == "<h1 id=\"t\">T</h1>TOC\n<p>x</p>y")
    }

    @Test func headingsNeverTakeTheFrameIds() {
        var slugs = AnchorSlugger()
        #expect(slugs.anchor(for: "Main") == "main-2")
    }

    @Test func downloadPaths() {
        let example = Example(
            id: "demo", page: "a.html", language: "sh", code: "echo hi\n",
            location: SourceLocation(file: "a.md", line: 3), timeout: 5)
        #expect(example.sourceFilePath == "examples/demo.sh")
        #expect(example.captureFilePath == "examples/demo.json")
    }
}
