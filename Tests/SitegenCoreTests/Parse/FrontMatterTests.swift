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
        #expect(throws: FrontMatter.Failure.malformed(line: 2, text: "-")) {
            try FrontMatter.parse("---\r\n-")
        }
        #expect(throws: FrontMatter.Failure.unterminated) { try FrontMatter.parse("---\r\n\r") }
    }

    @Test func noFrontMatterKeepsTheWholeText() throws {
        let front = try FrontMatter.parse("# Title\ntext")
        #expect(front.fields.isEmpty)
        #expect(front.bodyFirstLine == 1)
        #expect(front.body == "# Title\ntext")
    }

    @Test func errorsNameTheLine() {
        #expect(throws: FrontMatter.Failure.unterminated) {
            try FrontMatter.parse("---\ntitle: x\n")
        }
        #expect(throws: FrontMatter.Failure.malformed(line: 3, text: "oops")) {
            try FrontMatter.parse("---\ntitle: x\noops\n---\n")
        }
        #expect(throws: FrontMatter.Failure.duplicate(line: 3, key: "title")) {
            try FrontMatter.parse("---\ntitle: x\ntitle: y\n---\n")
        }
    }
}
