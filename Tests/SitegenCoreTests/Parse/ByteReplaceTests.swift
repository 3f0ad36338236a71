import Testing

@testable import SitegenCore

@Suite("Parse: byte search and replace")
struct ByteReplaceTests {
    @Test func replacesEveryOccurrenceAndKeepsTheRest() {
        #expect("a<g>\nb\n<g>c<g>".replacingAll("<g>\n", with: "") == "ab\n<g>c<g>")
        #expect("héllo wörld".replacingAll("ö", with: "oe") == "héllo woerld")
        #expect("nothing".replacingAll("<g>", with: "x") == "nothing")
        #expect("<g><g>".replacingAll("<g>", with: "") == "")
    }

    @Test func findsByteOffsets() {
        #expect("é<!--m-->".utf8Offset(of: "<!--m-->") == 2)
        #expect("<a><a>".utf8Offset(of: "<a>", from: 1) == 3)
        #expect("<a".utf8Offset(of: "<a>") == nil)
    }
}
