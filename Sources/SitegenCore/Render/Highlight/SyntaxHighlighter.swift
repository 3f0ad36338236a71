/// Build-time syntax highlighting for the languages whose entry names a lexer (python, swift,
/// sh and their aliases): code in, escaped `<span>`s out.
///
/// A hand-written single pass over UTF-8 bytes, no regular expressions, so that highlighting
/// stays a small part of rendering 5,000 pages a second (see docs/highlighting.md).
enum SyntaxHighlighter {
    /// What a highlighted run of code is; the raw value is its CSS class.
    enum Kind: String, Sendable, Hashable {
        case keyword = "hl-kw"
        case string = "hl-str"
        case comment = "hl-com"
        case number = "hl-num"
        case builtin = "hl-bi"
        case decorator = "hl-dec"
        case function = "hl-fn"
        case type = "hl-ty"
        case variable = "hl-var"
    }

    /// A highlighted run: byte offsets into the code's UTF-8.
    struct Token: Sendable, Hashable {
        var kind: Kind
        var start: Int
        var end: Int
    }

    /// The tokens of the lexer the fence word's language entry names, or nil when the language
    /// is not highlighted.
    static func tokens(_ code: [UInt8], language: String) -> [Token]? {
        switch LanguageSpec.named(language)?.highlighter {
        case .python: PythonLexer.tokens(code)
        case .swift: SwiftLexer.tokens(code)
        case .shell: ShellLexer.tokens(code)
        case nil: nil
        }
    }

    /// The code as text nodes and `<span class="hl-…">` elements; plain text when the language
    /// has no lexer.
    static func nodes(_ code: String, language: String) -> [Node] {
        let bytes = Array(code.utf8)
        guard let tokens = tokens(bytes, language: language) else { return [.text(code)] }
        var nodes: [Node] = []
        nodes.reserveCapacity(tokens.count * 2 + 1)
        var position = 0
        for token in tokens {
            if token.start > position { nodes.append(.text(text(bytes, position, token.start))) }
            nodes.append(
                .el(
                    "span", [("class", token.kind.rawValue)],
                    text: text(bytes, token.start, token.end)))
            position = token.end
        }
        if position < bytes.count { nodes.append(.text(text(bytes, position, bytes.count))) }
        return nodes
    }

    /// Tokens only ever start and end at ASCII bytes, so every slice is whole UTF-8.
    private static func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
