/// Resolves one line of output the way a terminal would show it: `\r` returns to the start of the
/// line and later text overwrites (a progress bar keeps its final state), backspace steps back,
/// `ESC[K` erases to the end, and every other escape sequence (ANSI colours, cursor moves, OSC
/// titles) is removed, so no raw ESC reaches the page or `results.json`.
public enum TerminalLine {
    public static func resolve(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 == 0x0D || $0 == 0x08 || $0 == 0x1B }) else {
            return line
        }
        var cells: [Unicode.Scalar] = []
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
                            cells = Array(repeating: " ", count: cursor)
                        } else if parameters == "1" {
                            for index in 0..<min(cursor, cells.count) { cells[index] = " " }
                        } else if cursor < cells.count {
                            cells.removeSubrange(cursor...)
                        }
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
                while cells.count < cursor { cells.append(" ") }
                if cursor < cells.count {
                    cells[cursor] = scalar
                } else {
                    cells.append(scalar)
                }
                cursor += 1
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: cells)
        return result
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
