/// An ordinary code block: escaped text in `<pre><code>`.
enum CodeView {
    static func node(_ block: CodeBlock) -> Node {
        let language = block.info.language
        let attrs: [(String, String)] = language.isEmpty ? [] : [("class", "language-\(language)")]
        return .el("pre", [("class", "code")], [.el("code", attrs, text: block.code)])
    }
}
