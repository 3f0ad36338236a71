/// A Markdown file read from the content folder.
struct ContentFile: Sendable, Hashable {
    /// Path relative to the content folder, with `/` separators.
    let relativePath: String
    let text: String

}
