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

        /// `<span class="…">` for this kind, written once per token.
        var openTag: StaticString {
            switch self {
            case .keyword: "<span class=\"hl-kw\">"
            case .string: "<span class=\"hl-str\">"
            case .comment: "<span class=\"hl-com\">"
            case .number: "<span class=\"hl-num\">"
            case .builtin: "<span class=\"hl-bi\">"
            case .decorator: "<span class=\"hl-dec\">"
            case .function: "<span class=\"hl-fn\">"
            case .type: "<span class=\"hl-ty\">"
            case .variable: "<span class=\"hl-var\">"
            }
        }
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

    /// The code as `<span class="hl-…">` elements around escaped text, as one piece of markup;
    /// plain text when the language has no lexer. The spans are written here rather than built
    /// as a node each: three nodes per token made highlighting the page's largest allocator, and
    /// its largest tree to free (issue 22). Text goes through `Escape.text`, as a `.text` node's.
    static func nodes(_ code: String, language: String) -> [Node] {
        let bytes = Array(code.utf8)
        guard let tokens = tokens(bytes, language: language) else { return [.text(code)] }
        var markup = MarkupBuffer(capacity: bytes.count + tokens.count * 32)
        bytes.withUnsafeBufferPointer { code in
            // Tokens only ever start and end at ASCII bytes, so every slice is whole UTF-8.
            func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: code[start..<end])
            }
            var position = 0
            for token in tokens {
                if token.start > position {
                    Escape.text(utf8: slice(position, token.start), into: &markup)
                }
                markup.append(token.kind.openTag)
                Escape.text(utf8: slice(token.start, token.end), into: &markup)
                markup.append("</span>")
                position = token.end
            }
            if position < code.count {
                Escape.text(utf8: slice(position, code.count), into: &markup)
            }
        }
        return [.raw(markup.string)]
    }
}
