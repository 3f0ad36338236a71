import Testing

@testable import SitegenCore

@Suite struct EscapeTests {
    @Test func cleanTextIsAppendedWhole() {
        #expect(Escape.text("plain é text\twith\nlines") == "plain é text\twith\nlines")
    }

    @Test func everyEscapeStillApplies() {
        #expect(Escape.text("a<b>&c") == "a&lt;b&gt;&amp;c")
        #expect(Escape.text("\u{1B}[31m\u{7F}") == "\u{241B}[31m\u{2421}")
        #expect(Escape.text("x\u{85}y\u{FFFE}") == "x\u{FFFD}y\u{FFFD}")
        #expect(Escape.text("\"quoted\" 'text'") == "\"quoted\" 'text'")
    }

    @Test func attributesEscapeQuotesAndNewlines() {
        var out = ""
        Escape.attribute("a\"b'c\nd", into: &out)
        #expect(out == "a&quot;b&#39;c&#10;d")
        out = ""
        Escape.attribute("plain", into: &out)
        #expect(out == "plain")
    }
}
