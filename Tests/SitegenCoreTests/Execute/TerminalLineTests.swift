import Testing

@testable import SitegenCore

@Suite("TerminalLine")
struct TerminalLineTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("abc\rX", "Xbc"),
        ("10%\r20%\r100%", "100%"),
        ("line\r", "line"),
        ("ab\u{8}c", "ac"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}[1;38;5;208morange", "orange"),
        ("long text\r\u{1B}[Kshort", "short"),
        ("long text\r\u{1B}[2Kshort", "short"),
        ("long text\u{1B}[2Kshort", "         short"),
        ("\u{1B}]0;title\u{07}after", "after"),
        ("\u{1B}(Bx", "x"),
        ("cut \u{1B}[", "cut "),
    ])
    func resolves(input: String, shown: String) {
        #expect(TerminalLine.resolve(input) == shown)
    }

    @Test func linesFromChunksResolveEachLine() {
        let chunks = [
            OutputChunk(time: 0, stream: .stdout, bytes: Array("a\r".utf8)),
            OutputChunk(time: 0.1, stream: .stdout, bytes: Array("b\nno newline".utf8)),
        ]
        #expect(LineAssembler.lines(from: chunks).map(\.text) == ["b", "no newline"])
        #expect(LineAssembler.terminalText(from: chunks) == "b\nno newline")
    }
}
