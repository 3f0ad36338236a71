import Testing

@testable import SitegenCore

@Suite struct SiteParserTests {
    @Test func pagesAreOrderedByFrontMatterAndExamplesCollected() throws {
        let site = try SiteParser.parse([
            ContentFile(relativePath: "a.md", text: "---\norder: 2\n---\n# Second\n"),
            ContentFile(
                relativePath: "02-b.md",
                text:
                    "---\ntitle: First\norder: 1\n---\n```python run id=x timeout=2.5\nprint(1)\n```\n"
            ),
        ])
        #expect(site.pages.map(\.title) == ["First", "Second"])
        #expect(site.pages.map(\.outputPath) == ["b.html", "a.html"])
        #expect(site.examples.count == 1)
        #expect(site.examples[0].id == "x")
        #expect(site.examples[0].timeout == 2.5)
        #expect(site.examples[0].location == SourceLocation(file: "02-b.md", line: 5))
    }

    @Test func examplesWithoutIDAreNumberedPerPage() throws {
        let site = try SiteParser.parse([
            ContentFile(
                relativePath: "p.md", text: "```sh run\necho 1\n```\n\n```sh run\necho 2\n```\n")
        ])
        #expect(site.examples.map(\.id) == ["p-1", "p-2"])
    }

    @Test func errorsNameFileAndLine() {
        func error(_ text: String) -> SitegenError? {
            do {
                _ = try SiteParser.parse([ContentFile(relativePath: "p.md", text: text)])
                return nil
            } catch let error as SitegenError {
                return error
            } catch {
                return nil
            }
        }
        let duplicate = error("```sh run id=a\n1\n```\n\n```sh run id=a\n2\n```\n")
        #expect(duplicate?.location == SourceLocation(file: "p.md", line: 5))
        #expect(duplicate?.message.contains("already used at p.md:1") == true)
        #expect(error("\n```sh run timeout=soon\n1\n```\n")?.location?.line == 2)
        #expect(error("```sh run colour=red\n1\n```\n")?.message.contains("colour") == true)
        #expect(error("```sh run id=\"a b\"\n1\n```\n")?.hint.contains("letters") == true)
        #expect(error("---\norder: x\n---\n")?.location == SourceLocation(file: "p.md", line: 2))
    }
}
