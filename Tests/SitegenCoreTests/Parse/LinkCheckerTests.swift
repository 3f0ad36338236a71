import Testing

@testable import SitegenCore

@Suite struct LinkCheckerTests {
    func parse(_ files: [(String, String)]) throws -> SiteParser.Site {
        try SiteParser.parse(files.map { ContentFile(relativePath: $0.0, text: $0.1) })
    }

    func error(_ files: [(String, String)]) -> SitegenError? {
        do {
            _ = try parse(files)
            return nil
        } catch let error as SitegenError {
            return error
        } catch {
            return nil
        }
    }

    @Test func goodLinksPass() throws {
        let site = try parse([
            (
                "a.md",
                "# A\n\n## Setup\n\nSee [b](b.html#usage), [top](#setup), [x](https://x.org/y#z),\n[m](mailto:a@b.c), [data](results.json).\n"
            ),
            ("b.md", "# B\n\n## Usage\n\n[back](a.md#setup)\n"),
        ])
        #expect(site.pages.count == 2)
    }

    @Test func missingPageIsAnErrorAtItsLine() {
        let error = error([("a.md", "# A\n\ntext\n\n[gone](nothere.html)\n")])
        #expect(error?.location == SourceLocation(file: "a.md", line: 5))
        #expect(error?.message == "the link 'nothere.html' points to no page of this site")
    }

    @Test func missingAnchorNamesTheKnownOnes() {
        let error = error([
            ("a.md", "# A\n\n## One\n\n[x](b.md#two)\n"), ("b.md", "# B\n\n## Three\n"),
        ])
        #expect(error?.location == SourceLocation(file: "a.md", line: 5))
        #expect(error?.hint == "anchors there: #b, #three")
    }

    @Test func missingAnchorOnTheSamePage() {
        #expect(error([("a.md", "# A\n\n[x](#nope)\n")])?.location?.line == 3)
    }

    @Test func markdownLinksAreRewrittenToOutputPages() throws {
        let site = try parse([
            ("guide/01-a.md", "# A\n\n[b](02-b.md#b)\n"), ("guide/02-b.md", "# B\n"),
        ])
        let page = site.pages.first { $0.outputPath == "guide-a.html" }!
        #expect(
            page.links == [PageLink(destination: "02-b.md#b", target: "guide-b.html#b", line: 3)])
        let html = page.segments.compactMap { segment -> String? in
            if case .html(let html) = segment { return html }
            return nil
        }.joined()
        #expect(html.contains(#"href="guide-b.html#b""#))
    }

    @Test func exampleAnchorsAndDownloadsAreTargets() throws {
        let site = try parse([
            ("a.md", "# A\n\n```python run id=demo\nprint(1)\n```\n"),
            (
                "b.md",
                "# B\n\n[d](a.html#example-demo) [s](examples/demo.py) [c](examples/demo.json)\n"
            ),
        ])
        #expect(site.examples.count == 1)
    }

    @Test func rootAbsoluteLinksAreRefused() {
        #expect(
            error([("a.md", "# A\n\n[x](/a.html)\n")])?.message
                == "the link '/a.html' starts with '/'")
    }

    @Test func schemesAreExternal() {
        #expect(LinkChecker.hasScheme("https://x"))
        #expect(LinkChecker.hasScheme("mailto:a@b"))
        #expect(!LinkChecker.hasScheme("a.html#x:y"))
        #expect(LinkChecker.internalTarget("//cdn.example/x.js") == nil)
    }
}
