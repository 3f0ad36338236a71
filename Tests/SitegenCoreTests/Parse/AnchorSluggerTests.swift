import Testing

@testable import SitegenCore

/// Heading anchors: ASCII headings take the byte path, others the Character path; both agree.
@Suite struct AnchorSluggerTests {
    @Test func asciiHeadings() {
        #expect(AnchorSlugger.slug("What is a Thread?") == "what-is-a-thread")
        #expect(AnchorSlugger.slug("  GIL: 2 threads, 1 core  ") == "gil-2-threads-1-core")
        #expect(AnchorSlugger.slug("Section 0 of page 2") == "section-0-of-page-2")
        #expect(AnchorSlugger.slug("--- !!! ---") == "section")
        #expect(AnchorSlugger.slug("") == "section")
        #expect(AnchorSlugger.slug("a\r\nb\tc") == "a-b-c")
    }

    @Test func otherHeadingsKeepOnlyAsciiLettersAndDigits() {
        #expect(AnchorSlugger.slug("Ünïcode threads") == "n-code-threads")
        #expect(AnchorSlugger.slug("Caf\u{E9} 2") == "caf-2")
        // The Kelvin sign lowercases to an ASCII k: only the Character path knows.
        #expect(AnchorSlugger.slug("\u{212A}elvin") == "kelvin")
        #expect(AnchorSlugger.slug("日本語") == "section")
    }

    @Test func repeatedHeadingsAreNumbered() {
        var slugs = AnchorSlugger()
        #expect(slugs.anchor(for: "Setup") == "setup")
        #expect(slugs.anchor(for: "setup") == "setup-2")
        #expect(slugs.anchor(for: "Main") == "main-2")
    }
}
