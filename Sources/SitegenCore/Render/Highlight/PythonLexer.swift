/// Python tokens: keywords, builtins, strings (prefixed, triple-quoted, f-strings), comments,
/// numbers, decorators and the names after `def` and `class`.
enum PythonLexer {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "match", "case", "nonlocal", "not", "or", "pass",
        "raise", "return", "try", "while", "with", "yield",
    ]
    static let builtins: Set<String> = [
        "abs", "all", "any", "bool", "bytes", "callable", "chr", "dict", "dir", "enumerate",
        "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "id", "input",
        "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next",
        "object", "open", "ord", "pow", "print", "range", "repr", "reversed", "round", "self",
        "set", "setattr", "slice", "sorted", "str", "sum", "super", "tuple", "type", "vars", "zip",
        "cls", "Exception", "ValueError", "TypeError", "KeyError", "RuntimeError", "__name__",
    ]

    static func tokens(_ code: [UInt8]) -> [SyntaxHighlighter.Token] {
        var tokens: [SyntaxHighlighter.Token] = []
        var index = 0
        var namesDefinition = false
        while index < code.count {
            let byte = code[index]
            if byte == 0x23 {  // #
                let end = ByteScanner.lineEnd(code, from: index)
                tokens.append(.init(kind: .comment, start: index, end: end))
                index = end
            } else if byte == 0x22 || byte == 0x27 {  // " '
                index = string(code, quoteAt: index, start: index, into: &tokens)
            } else if byte == 0x40, ByteScanner.startsLine(code, at: index) {  // @decorator
                var end = index + 1
                while end < code.count, ByteScanner.isIdentifierPart(code[end]) || code[end] == 0x2E
                {
                    end += 1
                }
                tokens.append(.init(kind: .decorator, start: index, end: end))
                index = end
            } else if ByteScanner.isDigit(byte)
                || (byte == 0x2E && index + 1 < code.count && ByteScanner.isDigit(code[index + 1]))
            {
                let end = ByteScanner.numberEnd(code, from: index)
                tokens.append(.init(kind: .number, start: index, end: end))
                index = end
            } else if ByteScanner.isIdentifierStart(byte) {
                let end = ByteScanner.identifierEnd(code, from: index)
                // String prefixes: r"", b'', f"""…""", rb"", …
                if end - index <= 2, end < code.count, code[end] == 0x22 || code[end] == 0x27,
                    isStringPrefix(code, index, end)
                {
                    index = string(code, quoteAt: end, start: index, into: &tokens)
                    continue
                }
                if namesDefinition {
                    tokens.append(.init(kind: .function, start: index, end: end))
                    namesDefinition = false
                } else if end - index <= 12 {
                    let word = ByteScanner.word(code, index, end)
                    if keywords.contains(word) {
                        tokens.append(.init(kind: .keyword, start: index, end: end))
                        namesDefinition = word == "def" || word == "class"
                    } else if builtins.contains(word), index == 0 || code[index - 1] != 0x2E {
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

    private static func isStringPrefix(_ code: [UInt8], _ start: Int, _ end: Int) -> Bool {
        for index in start..<end {
            switch code[index] | 0x20 {
            case 0x72, 0x62, 0x75, 0x66: continue  // r b u f
            default: return false
            }
        }
        return true
    }

    /// Appends the string whose quote is at `quoteAt` (its prefix starts at `start`).
    private static func string(
        _ code: [UInt8], quoteAt: Int, start: Int, into tokens: inout [SyntaxHighlighter.Token]
    ) -> Int {
        let quote = code[quoteAt]
        let count = ByteScanner.closes(code, at: quoteAt, quote: quote, count: 3) ? 3 : 1
        let end = ByteScanner.stringEnd(code, from: quoteAt, quote: quote, count: count)
        tokens.append(.init(kind: .string, start: start, end: end))
        return end
    }
}
