/// Resolves one line of output the way a terminal would show it: `\r` returns to the start of the
/// line and later text overwrites (a progress bar keeps its final state), backspace steps back,
/// `ESC[K` erases to the end, SGR sequences (`ESC[…m`) set the style of what follows, and every
/// other escape sequence (cursor moves, OSC titles) is removed, so no raw ESC reaches the page or
/// `results.json`.
enum TerminalLine {
    /// The line's text, without styles.
    static func resolve(_ line: String) -> String {
        guard needsEmulation(line) else { return line }
        var style = TerminalStyle.plain
        var result = ""
        for run in resolveStyled(line, style: &style) { result += run.text }
        return result
    }

    /// The line as runs of styled text. `style` is the style in effect when the line starts; it
    /// is left as the line's last SGR sequence set it, since a terminal carries it to the next line.
    static func resolveStyled(_ line: String, style: inout TerminalStyle) -> [TerminalRun] {
        guard needsEmulation(line) else {
            return line.isEmpty ? [] : [TerminalRun(style: style, text: line)]
        }
        var cells: [(scalar: Unicode.Scalar, style: TerminalStyle)] = []
        let blank = (scalar: Unicode.Scalar(" "), style: TerminalStyle.plain)
        var cursor = 0
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\r":
                cursor = 0
            case "\u{08}":
                cursor = max(0, cursor - 1)
            case "\u{1B}":
                switch scalars.popFirst() {
                case "[":
                    let (parameters, final) = controlSequence(&scalars)
                    if final == "K" {
                        if parameters == "2" {
                            cells = Array(repeating: blank, count: cursor)
                        } else if parameters == "1" {
                            for index in 0..<min(cursor, cells.count) { cells[index] = blank }
                        } else if cursor < cells.count {
                            cells.removeSubrange(cursor...)
                        }
                    } else if final == "m" {
                        style.apply(sgr: parameters)
                    }
                case "]":
                    // OSC (e.g. a window title): up to BEL or ESC \.
                    while let next = scalars.popFirst() {
                        if next == "\u{07}" { break }
                        if next == "\u{1B}" {
                            _ = scalars.popFirst()
                            break
                        }
                    }
                case let next? where (0x20...0x2F).contains(next.value):
                    _ = scalars.popFirst()  // e.g. ESC ( B, a character-set choice: dropped
                default:
                    break  // a two-character escape: dropped
                }
            default:
                while cells.count < cursor { cells.append(blank) }
                if cursor < cells.count {
                    cells[cursor] = (scalar, style)
                } else {
                    cells.append((scalar, style))
                }
                cursor += 1
            }
        }
        var runs: [TerminalRun] = []
        for cell in cells {
            if runs.last?.style == cell.style {
                runs[runs.count - 1].text.unicodeScalars.append(cell.scalar)
            } else {
                var text = ""
                text.unicodeScalars.append(cell.scalar)
                runs.append(TerminalRun(style: cell.style, text: text))
            }
        }
        return runs
    }

    private static func needsEmulation(_ line: String) -> Bool {
        line.utf8.contains(where: { $0 == 0x0D || $0 == 0x08 || $0 == 0x1B })
    }

    /// Consumes a CSI sequence after `ESC [`: parameter bytes, then the final byte (0x40–0x7E).
    private static func controlSequence(_ scalars: inout Substring.UnicodeScalarView)
        -> (parameters: String, final: Unicode.Scalar?)
    {
        var parameters = ""
        while let next = scalars.popFirst() {
            if (0x40...0x7E).contains(next.value) { return (parameters, next) }
            parameters.unicodeScalars.append(next)
        }
        return (parameters, nil)
    }
}
