/// What an interpreter says about itself beyond its version, as rows of the machine card
/// ("GIL at run time: on"), each under a key the verdicts read (`gil`). The language's runtime
/// probes them (`Execute/Python/` for Python); the card shows them as they are.
public struct InterpreterFacts: Sendable, Hashable, Codable {
    public let language: String
    /// The card's row for the interpreter itself: "Python interpreter".
    public let title: String
    public let path: String
    public let version: String
    public let implementation: String
    /// The facts in card order.
    public let details: [Detail]

    /// One fact: `value` as probed (`on`, `yes`, `4`), `text` as the card words it.
    public struct Detail: Sendable, Hashable, Codable {
        public let key: String
        public let label: String
        public let value: String
        public let text: String
    }

    /// The probed value of the fact `key`, when it was stated.
    public func value(_ key: String) -> String? { details.first { $0.key == key }?.value }
}
