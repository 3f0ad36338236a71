/// Swift tokens: keywords, strings (multi-line and raw), nested block comments, numbers,
/// attributes and directives, type names and the names after `func`, `struct`, ….
enum SwiftLexer {
    static let keywords: Set<String> = [
        "actor", "as", "associatedtype", "async", "await", "break", "case", "catch", "class",
        "continue", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough",
        "false", "fileprivate", "final", "for", "func", "guard", "if", "import", "in", "indirect",
        "init", "inout", "internal", "is", "let", "mutating", "nil", "nonisolated", "open",
        "operator", "override", "private", "protocol", "public", "repeat", "rethrows", "return",
        "self", "Self", "some", "any", "static", "struct", "subscript", "super", "switch", "throw",
        "throws", "true", "try", "typealias", "var", "weak", "where", "while", "consuming",
        "borrowing", "sending",
    ]
    static let declarations: Set<String> = [
        "func", "struct", "class", "enum", "protocol", "actor", "extension", "typealias",
    ]
    static let builtins: Set<String> = [
        "print", "precondition", "fatalError", "assert", "max", "min",
    ]

    static func tokens(_ code: [UInt8]) -> [SyntaxHighlighter.Token] {
        var tokens: [SyntaxHighlighter.Token] = []
        var index = 0
        var namesDefinition = false
        while index < code.count {
            let byte = code[index]
            let next: UInt8 = index + 1 < code.count ? code[index + 1] : 0
            if byte == 0x2F && next == 0x2F {  // //
                let end = ByteScanner.lineEnd(code, from: index)
                tokens.append(.init(kind: .comment, start: index, end: end))
                index = end
            } else if byte == 0x2F && next == 0x2A {  // /* nested */
                let end = blockCommentEnd(code, from: index)
                tokens.append(.init(kind: .comment, start: index, end: end))
                index = end
            } else if byte == 0x22 {
                let end = stringEnd(code, quoteAt: index, hashes: 0)
                tokens.append(.init(kind: .string, start: index, end: end))
                index = end
            } else if byte == 0x23 {  // #"raw"# or #directive
                var quote = index
                while quote < code.count, code[quote] == 0x23 { quote += 1 }
                if quote < code.count, code[quote] == 0x22 {
                    let end = stringEnd(code, quoteAt: quote, hashes: quote - index)
                    tokens.append(.init(kind: .string, start: index, end: end))
                    index = end
                } else {
                    let end = ByteScanner.identifierEnd(code, from: index + 1)
                    if end > index + 1 {
                        tokens.append(.init(kind: .keyword, start: index, end: end))
                    }
                    index = max(end, index + 1)
                }
            } else if byte == 0x40, ByteScanner.isIdentifierStart(next) {  // @attribute
                let end = ByteScanner.identifierEnd(code, from: index + 1)
                tokens.append(.init(kind: .decorator, start: index, end: end))
                index = end
            } else if ByteScanner.isDigit(byte) {
                let end = ByteScanner.numberEnd(code, from: index)
                tokens.append(.init(kind: .number, start: index, end: end))
                index = end
            } else if ByteScanner.isIdentifierStart(byte) {
                let end = ByteScanner.identifierEnd(code, from: index)
                if namesDefinition {
                    tokens.append(.init(kind: .function, start: index, end: end))
                    namesDefinition = false
                } else if end - index <= 16,
                    case let word = ByteScanner.word(code, index, end), keywords.contains(word)
                {
                    tokens.append(.init(kind: .keyword, start: index, end: end))
                    namesDefinition = declarations.contains(word)
                } else if byte >= 0x41 && byte <= 0x5A {
                    tokens.append(.init(kind: .type, start: index, end: end))
                } else if end - index <= 12, builtins.contains(ByteScanner.word(code, index, end)) {
                    tokens.append(.init(kind: .builtin, start: index, end: end))
                }
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// The end of a `"…"`, `"""…"""` or raw `#"…"#` string whose first quote is at `quoteAt`.
    private static func stringEnd(_ code: [UInt8], quoteAt: Int, hashes: Int) -> Int {
        let count = ByteScanner.closes(code, at: quoteAt, quote: 0x22, count: 3) ? 3 : 1
        var index = quoteAt + count
        while index < code.count {
            let byte = code[index]
            if byte == 0x5C && hashes == 0 {
                index += 2
                continue
            }
            if byte == 0x0A && count == 1 { return index }
            if byte == 0x22, ByteScanner.closes(code, at: index, quote: 0x22, count: count) {
                var end = index + count
                var closing = 0
                while closing < hashes, end < code.count, code[end] == 0x23 {
                    closing += 1
                    end += 1
                }
                if closing == hashes { return end }
            }
            index += 1
        }
        return code.count
    }

    private static func blockCommentEnd(_ code: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < code.count {
            if code[index] == 0x2F && code[index + 1] == 0x2A {
                depth += 1
                index += 2
            } else if code[index] == 0x2A && code[index + 1] == 0x2F {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return code.count
    }
}
