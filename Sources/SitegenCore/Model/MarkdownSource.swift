/// A page's Markdown body as the author wrote it (front matter removed), with where each code
/// block ends, so the prose between examples can be offered in Markdown form (the notebook).
struct MarkdownSource: Sendable, Hashable {
    let text: String
    /// The line of the content file that `text` starts on (after the front matter).
    let firstLine: Int
    /// Each code block's closing-fence line, by its opening line (as cmark reports them).
    let codeEndLines: [Int: Int]

}
