/// An ordinary code block: `<pre><code>`, highlighted at build time when its language entry
/// names a lexer (`LanguageSpec.highlighter`).
enum CodeView {
    static func node(_ block: CodeBlock) -> Node {
        let language = block.info.language
        let attrs: [(String, String)] = language.isEmpty ? [] : [("class", "language-\(language)")]
        let code = SyntaxHighlighter.nodes(block.code, language: language)
        return .el("pre", [("class", "code")], [.el("code", attrs, code)])
    }
}
