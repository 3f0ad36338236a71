/// One cached result: its full key, where and when it was measured, and the machine card of the
/// build that measured it.
struct CacheEntry: Sendable, Hashable, Codable {
    var key: CacheKey
    var provenance: Provenance
    var machine: MachineInfo
    /// Analyzed: statistics and warnings as that build computed them.
    var result: ExampleResult

    /// The cached result shown for `example` (its id, page and line are today's) in the
    /// environment `environment`, handed over as reused, with the measuring build's provenance.
    func result(for example: Example, in environment: String) -> ExampleResult {
        result.reused(as: example, in: environment, provenance: provenance)
    }
}
