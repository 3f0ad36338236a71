/// The build's results, indexed once and shared by the Analyze and Render stages: by example id,
/// by a sweep's base id, and by the runnable block that produced them.
public struct ResultIndex: Sendable {
    /// In page order.
    public let results: [ExampleResult]
    public let byID: [String: ExampleResult]
    /// The configurations of each `params=` block (and each plain example) by base id.
    public let byBase: [String: [ExampleResult]]
    /// The results of each runnable block (several for a `params=` sweep), in run order.
    public let byBlock: [SourceLocation: [ExampleResult]]

    public init(_ results: [ExampleResult]) {
        self.results = results
        byID = Dictionary(results.map { ($0.example.id, $0) }) { first, _ in first }
        byBase = Dictionary(grouping: results, by: \.example.baseID)
        byBlock = Dictionary(grouping: results, by: \.example.location)
    }

    /// The results an id stands for: the example itself, or every configuration of a sweep.
    public func results(for id: String) -> [ExampleResult] {
        if let result = byID[id] { return [result] }
        return byBase[id] ?? []
    }
}
