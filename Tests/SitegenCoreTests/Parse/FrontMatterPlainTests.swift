import Testing

@testable import SitegenCore

/// The plain `key: value` reader agrees with libyaml wherever it answers, and leaves the rest
/// to libyaml.
@Suite struct FrontMatterPlainTests {
    static func block(_ yaml: String) -> FrontMatter.Block {
        FrontMatter.Block(yaml: yaml, yamlFirstLine: 2, body: "# Body\n", bodyFirstLine: 9)
    }

    @Test(arguments: [
        "title: Page 2\norder: 2\n",
        "title: Threads, processes and the GIL (part 1)\ndescription: A guide.\n",
        "my-key: a/b.c_d-e\n_private: x\n",
        "",
        "order: 10\ntitle: 3.14 - 2\n",
    ])
    func plainLinesReadAsLibyamlReadsThem(yaml: String) throws {
        let plain = try #require(FrontMatter.plainFields(Self.block(yaml)))
        let parsed = try FrontMatter.parseYAML(Self.block(yaml))
        #expect(plain.fields == parsed.fields)
        #expect(plain.lines == parsed.lines)
    }

    @Test(arguments: [
        "title: \"A: b\"\n", "title: a # comment\n", "title: x\n\norder: 2\n", "tags:\n- a\n",
        "title:  two spaces\n", "title: trailing \n", "title: Café\n", "title: a\ntitle: b\n",
        "title: a\r\n", "- item\n", "title: -5\n", "1: one\n", "title: a:b\n", "title:\n",
    ])
    func anythingElseIsLeftToLibyaml(yaml: String) {
        #expect(FrontMatter.plainFields(Self.block(yaml)) == nil)
    }

    @Test func theWholePathStillReportsDuplicates() {
        do {
            _ = try FrontMatter.parse("---\ntitle: a\ntitle: b\n---\ntext\n")
            Issue.record("a key set twice was accepted")
        } catch {
            guard case .duplicate(_, let key) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(key == "title")
        }
    }
}
