import Testing

@testable import SitegenCore

@Suite struct FrontMatterTests {
    @Test func fieldsAndBodyLine() throws {
        let front = try FrontMatter.parse("---\ntitle: \"A: b\"\norder: 3\n---\n# Hello\n")
        #expect(front.fields == ["title": "A: b", "order": "3"])
        #expect(front.lines["order"] == 3)
        #expect(front.body == "# Hello\n")
        #expect(front.bodyFirstLine == 5)
    }

    /// Windows line ends: Swift reads "\r\n" as one Character, which a search for "\n" misses
    /// (the fuzzer's crash on "---\r\n-", and CRLF front matter was never read).
    @Test func windowsLineEndsAreRead() throws {
        let front = try FrontMatter.parse("---\r\ntitle: Hi\r\norder: 2\r\n---\r\n# Body\r\n")
        #expect(front.fields == ["title": "Hi", "order": "2"])
        #expect(front.lines["order"] == 3)
        #expect(front.body == "# Body\r\n")
        #expect(front.bodyFirstLine == 5)
        // No closing `---`: the front matter never ends (YAML is read only once it does).
        #expect(throws: FrontMatter.Failure.unterminated) { try FrontMatter.parse("---\r\n-") }
        #expect(throws: FrontMatter.Failure.unterminated) { try FrontMatter.parse("---\r\n\r") }
    }

    @Test func noFrontMatterKeepsTheWholeText() throws {
        let front = try FrontMatter.parse("# Title\ntext")
        #expect(front.fields.isEmpty)
        #expect(front.bodyFirstLine == 1)
        #expect(front.body == "# Title\ntext")
    }

    @Test func yamlValues() throws {
        let front = try FrontMatter.parse(
            "---\n# a comment\ntitle: 'It''s # not a comment'\n\ndescription: >\n  folded\n  text\norder: 2 # late\n---\nbody\n"
        )
        #expect(
            front.fields == [
                "title": "It's # not a comment", "description": "folded text\n", "order": "2",
            ])
        #expect(front.lines == ["title": 3, "description": 5, "order": 8])
        #expect(front.bodyFirstLine == 10 && front.body == "body\n")
    }

    @Test func emptyFrontMatterAndCRLF() throws {
        let empty = try FrontMatter.parse("---\n---\n# T\n")
        #expect(empty.fields.isEmpty && empty.bodyFirstLine == 3 && empty.body == "# T\n")
        let crlf = try FrontMatter.parse("---\r\ntitle: x\r\n---\r\nbody")
        #expect(crlf.fields == ["title": "x"] && crlf.lines["title"] == 2 && crlf.body == "body")
    }

    @Test func errorsNameTheLine() throws {
        #expect(throws: FrontMatter.Failure.unterminated) {
            try FrontMatter.parse("---\ntitle: x\n")
        }
        #expect(throws: FrontMatter.Failure.malformed(line: 2, text: "just words")) {
            try FrontMatter.parse("---\njust words\n---\n")
        }
        #expect(throws: FrontMatter.Failure.duplicate(line: 2, key: "title")) {
            try FrontMatter.parse("---\ntitle: x\ntitle: y\n---\n")
        }
        #expect(throws: FrontMatter.Failure.notText(line: 3, key: "tags")) {
            try FrontMatter.parse("---\ntitle: x\ntags: [a, b]\n---\n")
        }
        do {
            _ = try FrontMatter.parse("---\ntitle: x\noops\n---\n")
            Issue.record("a line that is not key: value parsed")
        } catch {
            guard case .invalid(let line, let problem, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            // At the line of the word without ':' (libyaml notices one line later).
            #expect(line == 3 && problem == "this line has no ':' after its first word")
        }
    }

    @Test func errorsReachTheUserAsFileAndLine() {
        let files = [ContentFile(relativePath: "p.md", text: "---\ntitle: x\nbad: [1\n---\n# P\n")]
        #expect(throws: SitegenError.self) { try SiteParser.parse(files) }
        do {
            _ = try SiteParser.parse(files)
        } catch let error as SitegenError {
            // The '[' opened on line 3; libyaml notices it is missing its ']' on line 4.
            #expect(
                error.description
                    == "p.md:3: the front matter is not valid YAML: this '[' is never closed — close the list with ']' (a list in brackets may span lines, but needs its ']'), or write one '- item' line per item"
            )
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
