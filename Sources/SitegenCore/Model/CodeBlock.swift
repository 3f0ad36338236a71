/// A fenced or indented code block as the author wrote it.
struct CodeBlock: Sendable, Hashable {
    /// The raw info string (empty for indented blocks).
    let infoString: String
    /// The parsed info string.
    let info: FenceInfo
    /// The code, as cmark gives it (ends with a newline).
    let code: String
    /// Where the fence opens.
    let location: SourceLocation

}
