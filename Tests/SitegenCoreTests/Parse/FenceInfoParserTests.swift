import Testing

@testable import SitegenCore

@Suite struct FenceInfoParserTests {
    @Test func languageOnlyIsNotRunnable() throws {
        let info = try FenceInfoParser.parse("python")
        #expect(info == FenceInfo(language: "python", isRunnable: false))
    }

    @Test func runWithAttributes() throws {
        let info = try FenceInfoParser.parse("Python run id=threading-example timeout=5")
        #expect(info.language == "python")
        #expect(info.isRunnable)
        #expect(info["id"] == "threading-example")
        #expect(info["timeout"] == "5")
    }

    @Test func quotedValuesKeepSpacesAndEscapes() throws {
        let info = try FenceInfoParser.parse(#"sh run note="a \"b\" c"  id=x"#)
        #expect(info["note"] == #"a "b" c"#)
        #expect(info["id"] == "x")
    }

    @Test func runAfterAnAttributeIsAFlagNotTheRunWord() throws {
        let info = try FenceInfoParser.parse("python id=x run")
        #expect(!info.isRunnable)
        #expect(info.attributes.map(\.key) == ["id", "run"])
    }

    @Test func emptyInfoIsNoLanguage() throws {
        #expect(try FenceInfoParser.parse("   ") == FenceInfo(language: "", isRunnable: false))
    }

    @Test(arguments: [
        ("python run note=\"open", FenceInfoParser.Failure.unterminatedQuote(key: "note")),
        ("python run =x", .emptyKey(word: "=x")),
        ("python run id=", .emptyValue(key: "id")),
        ("python run i<d=1", .invalidKey("i<d")),
    ])
    func malformedInfoIsRejected(info: String, failure: FenceInfoParser.Failure) {
        #expect(throws: failure) { try FenceInfoParser.parse(info) }
    }
}
