import Testing

@testable import SitegenCore

@Suite("TerminalStyle: SGR colours and attributes")
struct TerminalStyleTests {
    static func styled(_ line: String) -> [TerminalRun] {
        var style = TerminalStyle.plain
        return TerminalLine.resolveStyled(line, style: &style)
    }

    @Test func sixteenColoursForegroundAndBackground() {
        #expect(
            Self.styled("\u{1B}[31mred\u{1B}[0m plain \u{1B}[97;44mwhite on blue") == [
                TerminalRun(style: TerminalStyle(foreground: .indexed(1)), text: "red"),
                TerminalRun(style: .plain, text: " plain "),
                TerminalRun(
                    style: TerminalStyle(foreground: .indexed(15), background: .indexed(4)),
                    text: "white on blue"),
            ])
    }

    @Test(arguments: [
        ("38;5;208", TerminalStyle(foreground: .indexed(208))),
        ("38:5:208", TerminalStyle(foreground: .indexed(208))),
        ("48;5;21", TerminalStyle(background: .indexed(21))),
        ("38;2;255;135;0", TerminalStyle(foreground: .rgb(255, 135, 0))),
        ("38:2::255:135:0", TerminalStyle(foreground: .rgb(255, 135, 0))),
        ("48;2;1;2;3", TerminalStyle(background: .rgb(1, 2, 3))),
        (
            "1;4;3;2;7",
            TerminalStyle(bold: true, dim: true, italic: true, underline: true, inverse: true)
        ),
        ("1;31;22", TerminalStyle(foreground: .indexed(1))),
        ("4;24;7;27;3;23", TerminalStyle()),
        ("31;41;39;49", TerminalStyle()),
        ("1;31;0", TerminalStyle()),
        ("1;31;", TerminalStyle()),  // an empty parameter is 0
        ("38;5;999", TerminalStyle()),  // out of range: ignored
        ("38;2;1", TerminalStyle()),  // cut short: ignored
        ("58;5;3;1", TerminalStyle(bold: true)),  // unknown code: ignored
    ])
    func appliesSGR(parameters: String, expected: TerminalStyle) {
        var style = TerminalStyle.plain
        style.apply(sgr: parameters)
        #expect(style == expected)
    }

    @Test func aResetWithoutParametersClearsEverything() {
        var style = TerminalStyle(foreground: .indexed(1), bold: true)
        style.apply(sgr: "")
        #expect(style == .plain)
    }

    @Test func styleCarriesToTheNextLineAndOverwritesKeepTheirOwnStyle() {
        let chunks = [
            OutputChunk(
                time: 0, stream: .stdout,
                bytes: Array("\u{1B}[32mgreen\nstill green\u{1B}[0m\nxxx\r\u{1B}[1mY".utf8))
        ]
        let lines = LineAssembler.styledTerminal(from: chunks)
        let green = TerminalStyle(foreground: .indexed(2))
        #expect(
            lines == [
                [TerminalRun(style: green, text: "green")],
                [TerminalRun(style: green, text: "still green")],
                [
                    TerminalRun(style: TerminalStyle(bold: true), text: "Y"),
                    TerminalRun(style: .plain, text: "xx"),
                ],
            ])
        // The plain text is the terminal view's.
        #expect(
            lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
                == LineAssembler.terminalText(from: chunks))
    }

    @Test func cursorMovesAreStillDropped() {
        #expect(Self.styled("a\u{1B}[2Ab\u{1B}[10Cc") == [TerminalRun(style: .plain, text: "abc")])
    }
}

@Suite("TerminalPalette")
struct TerminalPaletteTests {
    @Test(arguments: [
        (TerminalStyle.Color.indexed(1), 1), (.indexed(15), 15), (.indexed(196), 9),
        (.indexed(21), 4), (.indexed(46), 10), (.indexed(232), 0), (.indexed(255), 7),
        (.rgb(250, 10, 10), 9), (.rgb(0, 0, 0), 0), (.rgb(128, 128, 128), 8),
    ])
    func nearestStandardColour(color: TerminalStyle.Color, index: Int) {
        #expect(TerminalPalette.index(color) == index)
    }

    @Test func paletteEntriesFollowXterm() {
        #expect(TerminalPalette.rgb(ofPaletteEntry: 208) == (255, 135, 0))
        #expect(TerminalPalette.rgb(ofPaletteEntry: 16) == (0, 0, 0))
        #expect(TerminalPalette.rgb(ofPaletteEntry: 244) == (128, 128, 128))
    }

    @Test func classes() {
        #expect(TerminalPalette.classes(.plain) == "")
        #expect(
            TerminalPalette.classes(
                TerminalStyle(foreground: .indexed(1), background: .indexed(208), bold: true))
                == "ansi-fg-1 ansi-bg-3 ansi-bold")
        #expect(
            TerminalPalette.classes(TerminalStyle(foreground: .indexed(2), inverse: true))
                == "ansi-fg-inverse ansi-bg-2")
        #expect(
            TerminalPalette.classes(TerminalStyle(dim: true, italic: true, underline: true))
                == "ansi-dim ansi-italic ansi-underline")
    }

    @Test func terminalViewEscapesTextInsideSpans() {
        let lines = [
            [
                TerminalRun(style: TerminalStyle(foreground: .indexed(1)), text: "</pre><script>"),
                TerminalRun(style: .plain, text: " & done"),
            ]
        ]
        let html = Node.group(TerminalView.nodes(lines)).rendered
        #expect(
            html == "<span class=\"ansi-fg-1\">&lt;/pre&gt;&lt;script&gt;</span> &amp; done")
    }
}
