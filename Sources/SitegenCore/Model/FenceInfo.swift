/// The parsed info string of a fenced code block: ```` ```python run id=demo timeout=5 ````.
struct FenceInfo: Sendable, Hashable {
    /// The first word, lower-cased (`python`, `swift`, `sh`, …); empty when the fence has none.
    var language: String
    /// True when the word `run` follows the language: the block is executed at build time.
    var isRunnable: Bool
    /// `key=value` attributes in the order written.
    var attributes: [Attribute]

    struct Attribute: Sendable, Hashable {
        var key: String
        var value: String
    }

    init(language: String, isRunnable: Bool, attributes: [Attribute] = []) {
        self.language = language
        self.isRunnable = isRunnable
        self.attributes = attributes
    }

    /// The value of the last attribute named `key`.
    subscript(key: String) -> String? {
        attributes.last(where: { $0.key == key })?.value
    }
}
