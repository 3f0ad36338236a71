import Testing

@testable import SitegenCore

/// A lone "\r" ends a line for cmark and libyaml, so it does for the front matter's split too
/// (found by Fuzz/FrontMatterFuzzer.swift; seed `Fuzz/seeds/front-matter/lone-cr-in-yaml`).
@Suite struct FrontMatterLineEndTests {
    @Test func aLoneCarriageReturnEndsALine() throws {
        let front = try FrontMatter.parse("---\ntitle: A\rorder: 2\n---\nbody")
        #expect(front.fields == ["title": "A", "order": "2"])
        #expect(front.lines == ["title": 2, "order": 3])
        #expect(front.bodyFirstLine == 5)
        #expect(front.body == "body")
    }

    @Test func keyLinesStayInsideTheFrontMatter() throws {
        // Before: libyaml put b on line 5, the split put the body there too.
        let front = try FrontMatter.parse("---\na: 1\n\r\rb: 2\n---\nBody\n")
        #expect(front.lines == ["a": 2, "b": 5])
        #expect(front.bodyFirstLine == 7)
        #expect(front.body == "Body\n")
    }

    @Test func theClosingLineMayEndWithAnyLineEnd() throws {
        for end in ["\n", "\r\n", "\r"] {
            let front = try FrontMatter.parse("---\ntitle: A\n---" + end + "body")
            #expect(front.body == "body")
            #expect(front.bodyFirstLine == 4)
        }
    }
}
