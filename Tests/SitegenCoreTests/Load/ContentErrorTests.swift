import Foundation
import Testing

@testable import SitegenCore

/// Mistakes in the content: each is an error naming the file and line, with what to do.
@Suite("Content errors")
struct ContentErrorTests {
    static func error(_ pages: [String: String], environment: [String: String] = [:]) throws
        -> SitegenError
    {
        let fixture = try SiteFixture(pages)
        return try #require(fixture.build(environment: environment).error)
    }

    @Test func rawHTMLInMarkdownIsOmitted() throws {
        let fixture = try SiteFixture([
            "index.md":
                "# Raw\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(!outcome.page.contains("<script") && !outcome.page.contains("<img"))
        #expect(outcome.page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unknownLanguageIsAParseError() throws {
        let error = try Self.error(["index.md": "# Ruby\n\n```ruby run\nputs 1\n```\n"])
        #expect(error.stage == .parse)
        #expect(error.description.hasPrefix("index.md:3: cannot run 'ruby' examples"))
        #expect(error.hint.contains("runnable languages are python, sh"))
    }

    @Test func missingInterpreterByPathIsNamedWithHowToInstall() throws {
        let error = try Self.error(
            ["index.md": "# Py\n\n```python run\nprint(1)\n```\n"],
            environment: ["SITEGEN_PYTHON": "/nonexistent/python3"])
        #expect(error.description.hasPrefix("index.md:3: the interpreter '/nonexistent/python3'"))
        #expect(error.hint.contains("apt-get install python3"))
    }

    @Test func missingInterpreterOnPathIsNamedWithHowToInstall() throws {
        let fixture = try SiteFixture(["index.md": "# Py\n\n```python run\nprint(1)\n```\n"])
        let outcome = fixture.build(
            environment: ["PATH": "/nonexistent"], removing: ["SITEGEN_PYTHON"])
        let error = try #require(outcome.error)
        #expect(
            error.description.hasPrefix(
                "index.md:3: the interpreter 'python3' was not found on PATH"))
        #expect(error.hint.contains("apt-get install python3"))
    }

    @Test(arguments: [
        (
            "python run id=\"open",
            "malformed fence attributes: the value of 'id' has no closing quote"
        ),
        ("python run =x", "malformed fence attributes: '=x' has no name before '='"),
        ("python run timeout=", "malformed fence attributes: 'timeout=' has no value"),
        (
            "python run bad!key=1",
            "malformed fence attributes: 'bad!key' is not a valid attribute name"
        ),
        ("python run colour=red", "unknown attribute 'colour' on a runnable block"),
        ("python run timeout=soon", "timeout must be a positive number of seconds, not 'soon'"),
        ("python run timeout=-1", "timeout must be a positive number of seconds, not '-1'"),
        ("python run id", "the example id '' is not usable in a file name"),
    ])
    func malformedFenceAttributes(fence: String, message: String) throws {
        let error = try Self.error(["index.md": "# Bad\n\ntext\n\n```\(fence)\nprint(1)\n```\n"])
        #expect(error.description.hasPrefix("index.md:5: \(message)"))
        #expect(!error.hint.isEmpty)
    }

    @Test func duplicateIdsNameBothPlaces() throws {
        let error = try Self.error([
            "a.md": "# A\n\n```sh run id=same\necho a\n```\n",
            "b.md": "# B\n\ntext\n\n```sh run id=same\necho b\n```\n",
        ])
        #expect(
            error.description.hasPrefix("b.md:5: the example id 'same' is already used at a.md:3"))
        #expect(error.hint.contains("id="))
    }

    @Test func emptyContentFolder() throws {
        let fixture = try SiteFixture([:])
        let error = try #require(fixture.build().error)
        #expect(
            error.description
                == "\(fixture.content): the content folder has no Markdown pages (*.md) — add a page such as index.md"
        )
    }

    @Test func nonExistentContentFolder() throws {
        let fixture = try SiteFixture([:])
        try FileManager.default.removeItem(atPath: fixture.content)
        let error = try #require(fixture.build().error)
        #expect(
            error.description.hasPrefix("\(fixture.content): the content folder does not exist — "))
        #expect(error.hint.contains("--content"))
    }

    @Test func unreadableFile() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n", "secret.md": "# Secret\n"])
        chmod(fixture.content + "/secret.md", 0)
        let outcome = fixture.build()
        // As root (CI containers), chmod 000 does not stop reading: nothing to assert there.
        if geteuid() != 0 {
            let error = try #require(outcome.error)
            #expect(error.description.hasPrefix("secret.md:1: the file cannot be read"))
            #expect(error.hint.contains("chmod a+r"))
        }
    }

    @Test func symlinkOutsideTheContentFolder() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let outside = fixture.root + "/outside.md"
        try Data("# Outside\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(
            atPath: fixture.content + "/linked.md", withDestinationPath: outside)
        let error = try #require(fixture.build().error)
        #expect(
            error.description.hasPrefix(
                "linked.md:1: this file is a link to \(outside), outside the content folder"))
        #expect(error.hint.contains("copy the file"))
    }

    @Test(arguments: ["", "/inner", "/inner/deeper"])
    func outputEqualToOrInsideTheContentFolder(suffix: String) throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let options = BuildOptions(
            contentFolder: fixture.content, outputFolder: fixture.content + suffix)
        #expect(throws: SitegenError.self) { try options.validate() }
        do {
            try options.validate()
        } catch let error as SitegenError {
            #expect(error.description.contains("the output folder is inside the content folder"))
            #expect(error.hint.contains("--output"))
        }
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let bytes =
            Array("# Hi\n\nfine line\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A]
            + Array("more\n".utf8)
        let fixture = try SiteFixture(bytes: ["index.md": bytes])
        let error = try #require(fixture.build().error)
        #expect(error.description.hasPrefix("index.md:4: the file is not valid UTF-8"))
        #expect(error.hint.contains("iconv"))
    }
}
