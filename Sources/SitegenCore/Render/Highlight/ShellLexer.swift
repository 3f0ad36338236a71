/// POSIX shell tokens: comments, quoted strings (with the variables inside double quotes),
/// `$variables`, keywords and common builtins.
enum ShellLexer {
    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
        "in", "function", "select", "return", "exit", "local", "export", "readonly", "set",
        "unset", "shift", "break", "continue", "time",
    ]
    static let builtins: Set<String> = [
        "echo", "printf", "cd", "read", "test", "eval", "exec", "source", "trap", "wait", "kill",
        "true", "false", "pwd", "sleep", "cat", "exit",
    ]

    static func tokens(_ code: [UInt8]) -> [SyntaxHighlighter.Token] {
        var tokens: [SyntaxHighlighter.Token] = []
        var index = 0
        while index < code.count {
            let byte = code[index]
            if byte == 0x23 && startsWord(code, at: index) {  // # comment
                let end = ByteScanner.lineEnd(code, from: index)
                tokens.append(.init(kind: .comment, start: index, end: end))
                index = end
            } else if byte == 0x27 {  // '…': no escapes inside
                var end = index + 1
                while end < code.count, code[end] != 0x27 { end += 1 }
                end = min(end + 1, code.count)
                tokens.append(.init(kind: .string, start: index, end: end))
                index = end
            } else if byte == 0x22 {
                index = doubleQuoted(code, from: index, into: &tokens)
            } else if byte == 0x5C {  // a backslash escapes the next byte
                index += 2
            } else if byte == 0x24, let end = variableEnd(code, from: index) {
                tokens.append(.init(kind: .variable, start: index, end: end))
                index = end
            } else if ByteScanner.isIdentifierStart(byte) {
                let end = ByteScanner.identifierEnd(code, from: index)
                if end - index <= 10, startsWord(code, at: index), endsWord(code, at: end) {
                    let word = ByteScanner.word(code, index, end)
                    if keywords.contains(word) {
                        tokens.append(.init(kind: .keyword, start: index, end: end))
                    } else if builtins.contains(word) {
                        tokens.append(.init(kind: .builtin, start: index, end: end))
                    }
                }
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// A `"…"` string, split around the `$variables` in it.
    private static func doubleQuoted(
        _ code: [UInt8], from start: Int, into tokens: inout [SyntaxHighlighter.Token]
    ) -> Int {
        var pieceStart = start
        var index = start + 1
        while index < code.count {
            let byte = code[index]
            if byte == 0x5C {
                index += 2
            } else if byte == 0x22 {
                index += 1
                break
            } else if byte == 0x24, let end = variableEnd(code, from: index) {
                if index > pieceStart {
                    tokens.append(.init(kind: .string, start: pieceStart, end: index))
                }
                tokens.append(.init(kind: .variable, start: index, end: end))
                index = end
                pieceStart = end
            } else {
                index += 1
            }
        }
        index = min(index, code.count)
        if index > pieceStart { tokens.append(.init(kind: .string, start: pieceStart, end: index)) }
        return index
    }

    /// The end of `$name`, `${…}`, `$1` or a special parameter (`$?`, `$#`, …); nil for `$(`.
    private static func variableEnd(_ code: [UInt8], from start: Int) -> Int? {
        let next = start + 1
        guard next < code.count else { return nil }
        let byte = code[next]
        if byte == 0x7B {  // ${…}
            var end = next
            while end < code.count, code[end] != 0x7D, code[end] != 0x0A { end += 1 }
            return min(end + 1, code.count)
        }
        if ByteScanner.isIdentifierStart(byte) && byte < 0x80 {
            var end = next
            while end < code.count, ByteScanner.isIdentifierPart(code[end]), code[end] < 0x80 {
                end += 1
            }
            return end
        }
        switch byte {
        // 0-9 ? # @ * $ ! -
        case 0x30...0x39, 0x3F, 0x23, 0x40, 0x2A, 0x24, 0x21, 0x2D: return next + 1
        default: return nil
        }
    }

    /// Words end at blanks and operators, not at `-`, `.`, `/` or `=` (`fi.txt`, `do=1`).
    private static func startsWord(_ code: [UInt8], at index: Int) -> Bool {
        index == 0 || separates(code[index - 1])
    }

    private static func endsWord(_ code: [UInt8], at index: Int) -> Bool {
        index == code.count || separates(code[index])
    }

    private static func separates(_ byte: UInt8) -> Bool {
        switch byte {
        // ␠ \t \n ; & | ( ) ` { }
        case 0x20, 0x09, 0x0A, 0x3B, 0x26, 0x7C, 0x28, 0x29, 0x60, 0x7B, 0x7D: return true
        default: return false
        }
    }
}
