/// A fenced or indented code block as the author wrote it.
public struct CodeBlock: Sendable, Hashable {
    /// The raw info string (empty for indented blocks).
    public let infoString: String
    /// The parsed info string.
    public let info: FenceInfo
    /// The code, as cmark gives it (ends with a newline).
    public let code: String
    /// Where the fence opens.
    public let location: SourceLocation

    public init(infoString: String, info: FenceInfo, code: String, location: SourceLocation) {
        self.infoString = infoString
        self.info = info
        self.code = code
        self.location = location
    }
}
