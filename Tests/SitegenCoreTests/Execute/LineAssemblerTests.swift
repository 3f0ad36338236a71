import Testing

@testable import SitegenCore

@Suite struct LineAssemblerTests {
    @Test func aLineTakesTheTimeOfItsFirstByte() {
        let chunks = [
            OutputChunk(time: 0.1, stream: .stdout, bytes: Array("Squ".utf8)),
            OutputChunk(time: 0.2, stream: .stderr, bytes: Array("oops\n".utf8)),
            OutputChunk(time: 0.3, stream: .stdout, bytes: Array("are: 1\nCube".utf8)),
        ]
        let lines = LineAssembler.lines(from: chunks)
        #expect(
            lines == [
                OutputLine(time: 0.1, stream: .stdout, text: "Square: 1"),
                OutputLine(time: 0.2, stream: .stderr, text: "oops"),
                OutputLine(time: 0.3, stream: .stdout, text: "Cube"),
            ])
        #expect(LineAssembler.terminalText(from: chunks) == "Squoops\nare: 1\nCube")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let lines = LineAssembler.lines(from: [
            OutputChunk(time: 0, stream: .stdout, bytes: [0x61, 0xFF, 0x0A])
        ])
        #expect(lines.map(\.text) == ["a\u{FFFD}"])
    }
}
