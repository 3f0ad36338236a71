/// The build's results, indexed once and shared by the Analyze and Render stages: by example id,
/// by a sweep's base id, and by the runnable block that produced them.
struct ResultIndex: Sendable {
    /// In page order.
    let results: [ExampleResult]
    let byID: [String: ExampleResult]
    /// The configurations of each `params=` block (and each plain example) by base id.
    let byBase: [String: [ExampleResult]]
    /// The results of each runnable block (several for a `params=` sweep), in run order.
    let byBlock: [SourceLocation: [ExampleResult]]

    init(_ results: [ExampleResult]) {
        self.results = results
        byID = Dictionary(results.map { ($0.example.id, $0) }) { first, _ in first }
        byBase = Dictionary(grouping: results, by: \.example.baseID)
        byBlock = Dictionary(grouping: results, by: \.example.location)
    }

    /// The results an id stands for: the example itself, or every configuration of a sweep.
    func results(for id: String) -> [ExampleResult] {
        if let result = byID[id] { return [result] }
        return byBase[id] ?? []
    }
}
