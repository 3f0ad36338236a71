import Testing

@testable import SitegenCore

@Suite struct CmarkDocumentTests {
    @Test func codeBlocksSplitTheHTMLAndKeepTheirLines() {
        let markdown = "# Title\n\nSome *text*.\n\n```python run id=a\nprint(1)\n```\n\nAfter.\n"
        let document = CmarkDocument(markdown: markdown, firstLine: 5)
        #expect(document.pieces.count == 3)
        #expect(
            document.pieces[0]
                == .html(
                    "<h1 id=\"title\">Title<a class=\"anchor\" href=\"#title\" aria-label=\"Link to this section\">#</a></h1>\n<p>Some <em>text</em>.</p>\n"
                ))
        #expect(
            document.pieces[1]
                == .code(infoString: "python run id=a", literal: "print(1)\n", line: 9))
        #expect(document.pieces[2] == .html("<p>After.</p>\n"))
    }

    @Test func headingsGetUniqueAnchors() {
        let document = CmarkDocument(markdown: "## What is a `Thread`?\n\n## What is a Thread\n")
        #expect(document.headings.map(\.anchor) == ["what-is-a-thread", "what-is-a-thread-2"])
        #expect(document.headings.map(\.text) == ["What is a Thread?", "What is a Thread"])
        #expect(document.headings.map(\.level) == [2, 2])
    }

    @Test func rawHTMLIsOmittedInSafeMode() {
        let document = CmarkDocument(
            markdown: "<script>alert(1)</script>\n\nHi <b onclick=x>there</b>\n")
        let html = document.pieces.map { piece -> String in
            if case .html(let html) = piece { return html }
            return ""
        }.joined()
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func placeholderTextTypedByTheAuthorIsNotASplitPoint() {
        let document = CmarkDocument(markdown: "`<!--sitegen-block:0-->`\n\n```\ncode\n```\n")
        #expect(document.pieces.count == 2)
        #expect(document.pieces[1] == .code(infoString: "", literal: "code\n", line: 3))
    }

    @Test func linksAreReportedWithTheirLines() {
        let document = CmarkDocument(markdown: "One\n\n[two](thread.html#definition)\n")
        #expect(document.links.map(\.destination) == ["thread.html#definition"])
        #expect(document.links.map(\.line) == [3])
    }
}
