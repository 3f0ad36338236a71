/// A Markdown file read from the content folder.
public struct ContentFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/` separators.
    public let relativePath: String
    public let text: String

    public init(relativePath: String, text: String) {
        self.relativePath = relativePath
        self.text = text
    }
}
