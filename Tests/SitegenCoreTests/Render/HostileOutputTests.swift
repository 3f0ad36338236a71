import Foundation
import Testing

@testable import SitegenCore

/// Whatever an example prints, the page shows it as text: nothing executable, no raw control bytes.
@Suite("Hostile output")
struct HostileOutputTests {
    static let code = #"""
        import sys
        out = sys.stdout.buffer
        out.write(b"bad \xff\xfe bytes\n")
        out.write(b"nul\x00byte\n")
        for i in range(101):
            out.write(f"\r[{'#' * (i // 10):<10}] {i:3d}%".encode())
        out.write(b"\n")
        out.write(b"\x1b[31mred\x1b[0m and \x1b[1;32mbold green\x1b[0m\n")
        out.write(b"</pre><script>alert(1)</script>\n")
        out.flush()
        sys.stderr.write("<img src=x onerror=alert(1)>\n")
        sys.stderr.flush()
        out.write(b"last words")
        """#

    static let built: SiteFixture.Outcome = {
        let fixture = try! SiteFixture([
            "index.md": "# Hostile\n\n```python run id=hostile\n\(code)\n```\n"
        ])
        return fixture.build()
    }()

    var page: String { Self.built.page }
    var terminal: String {
        guard let start = page.range(of: "<pre class=\"terminal\""),
            let end = page.range(of: "</pre>", range: start.upperBound..<page.endIndex)
        else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func buildSucceeds() {
        #expect(Self.built.error == nil)
    }

    @Test func markupIsEscaped() {
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func noRawControlCharacters() {
        let controls = page.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
        #expect(controls.isEmpty)
        #expect(!page.contains("\u{1B}"))
    }

    @Test func invalidUTF8AndNULAreShownAsReplacementAndPicture() {
        #expect(terminal.contains("bad \u{FFFD}\u{FFFD} bytes"))
        #expect(terminal.contains("nul\u{2400}byte"))
    }

    @Test func progressBarShowsItsFinalState() {
        #expect(terminal.contains("[##########] 100%\n"))
        #expect(!terminal.contains(" 99%"))
        // The per-line table resolves \r the same way.
        #expect(page.contains("<td class=\"text\"><code>[##########] 100%</code></td>"))
    }

    @Test func ansiColoursBecomeStyledSpansAndTheLineTableIsPlain() {
        #expect(
            terminal.contains(
                "<span class=\"ansi-fg-1\">red</span> and <span class=\"ansi-fg-2 ansi-bold\">bold green</span>\n"
            ))
        #expect(page.contains("<td class=\"text\"><code>red and bold green</code></td>"))
        #expect(!page.contains("\u{241B}"))
    }

    /// Markup printed inside a colour stays text inside the span, and an SGR sequence cannot
    /// smuggle anything into the class attribute.
    @Test func colouredMarkupStaysInert() throws {
        let fixture = try SiteFixture([
            "index.md": #"""
            # Colour

            ```python run id=colour
            import sys
            sys.stdout.write("\x1b[1;31m</pre><script>alert(1)</script>\x1b[0m\n")
            sys.stdout.write("\x1b[38;5;\"><script>m\x1b[38;2;1;2;3m<b>rgb</b>\x1b[m\n")
            ```
            """#
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(!outcome.page.contains("<script") && !outcome.page.contains("<b>"))
        #expect(
            outcome.page.contains(
                "<span class=\"ansi-fg-1 ansi-bold\">&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span>"
            ))
        #expect(outcome.page.contains("<span class=\"ansi-fg-0\">&lt;b&gt;rgb&lt;/b&gt;</span>"))
        #expect(!outcome.page.contains("\u{1B}"))
        // The attributed line table (Python's side channel) shows the text without the codes,
        // and matches the stream lines: nothing is left over as "not attributed".
        #expect(!outcome.page.contains("\u{241B}"))
        #expect(!outcome.page.contains("(not attributed)"))
        #expect(
            outcome.page.contains(
                "<td class=\"text\"><code>cript&gt;m&lt;b&gt;rgb&lt;/b&gt;</code></td>"))
    }

    @Test func lastLineWithoutNewlineIsKept() {
        // Its position against the stderr line depends on which pipe poll() reads first.
        #expect(terminal.contains("last words"))
        #expect(page.contains("<td class=\"text\"><code>last words</code></td>"))
    }

    @Test func resultsJSONHasNoEscapeCharacters() throws {
        let json = try #require(Self.built.files["results.json"])
        #expect(!json.contains("\u{1B}") && !json.contains("\\u001b"))
        #expect(json.contains("\"text\" : \"red and bold green\""))
    }

    @Test func attributeValuesAndLanguagesAreEscaped() throws {
        let fixture = try SiteFixture([
            "index.md": """
            # Fences

            ```<img src=x onerror=alert(1)>
            shown only
            ```

            ```text title="</pre><script>alert(1)</script>"
            also shown
            ```
            """
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(!outcome.page.contains("<script") && !outcome.page.contains("<img"))
        #expect(outcome.page.contains("class=\"language-&lt;img\""))
    }

    @Test(arguments: [
        "id=\"</pre><script>alert(1)</script>\"", "id=\"<img src=x onerror=alert(1)>\"",
    ])
    func markupInAnIdIsRejected(attribute: String) throws {
        let fixture = try SiteFixture(["index.md": "# Id\n\n```sh run \(attribute)\necho hi\n```\n"]
        )
        let error = try #require(fixture.build().error)
        #expect(error.description.hasPrefix("index.md:3: the example id '"))
        #expect(error.hint == "use letters, digits, '-' and '_'")
    }
}
