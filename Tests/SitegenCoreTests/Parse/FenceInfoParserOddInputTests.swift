import Testing

@testable import SitegenCore

@Suite("FenceInfoParser on odd input")
struct FenceInfoParserOddInputTests {
    /// Found by Fuzz/run.sh: a first word without a language made a runnable block with none.
    @Test func runWithoutALanguageIsAFlag() throws {
        let info = try FenceInfoParser.parse("=-- run -Se")
        #expect(info.language == "")
        #expect(!info.isRunnable)
        #expect(info.attributes.map(\.key) == ["run", "-Se"])
    }

    @Test func quotedValuesKeepMarkup() throws {
        let info = try FenceInfoParser.parse(#"python run title="</pre><script>\"x\"</script>""#)
        #expect(info.isRunnable)
        #expect(info["title"] == #"</pre><script>"x"</script>"#)
    }
}
