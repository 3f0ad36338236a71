/// The parsed info string of a fenced code block: ```` ```python run id=demo timeout=5 ````.
public struct FenceInfo: Sendable, Hashable {
    /// The first word, lower-cased (`python`, `swift`, `sh`, …); empty when the fence has none.
    public var language: String
    /// True when the word `run` follows the language: the block is executed at build time.
    public var isRunnable: Bool
    /// `key=value` attributes in the order written.
    public var attributes: [Attribute]

    public struct Attribute: Sendable, Hashable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public init(language: String, isRunnable: Bool, attributes: [Attribute] = []) {
        self.language = language
        self.isRunnable = isRunnable
        self.attributes = attributes
    }

    /// The value of the last attribute named `key`.
    public subscript(key: String) -> String? {
        attributes.last(where: { $0.key == key })?.value
    }
}
