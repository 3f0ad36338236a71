/// What an interpreter says about itself beyond its version, as rows of the machine card
/// ("GIL at run time: on"), each under a key the verdicts read (`gil`). The language's runtime
/// probes them (`Execute/Python/` for Python); the card shows them as they are.
struct InterpreterFacts: Sendable, Hashable, Codable {
    let language: String
    /// The card's row for the interpreter itself: "Python interpreter".
    let title: String
    let path: String
    let version: String
    let implementation: String
    /// The facts in card order.
    let details: [Detail]

    /// One fact: `value` as probed (`on`, `yes`, `4`), `text` as the card words it.
    struct Detail: Sendable, Hashable, Codable {
        let key: String
        let label: String
        let value: String
        let text: String
    }

    /// The probed value of the fact `key`, when it was stated.
    func value(_ key: String) -> String? { details.first { $0.key == key }?.value }
}
