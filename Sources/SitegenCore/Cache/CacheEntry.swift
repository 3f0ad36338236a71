/// One cached result: its full key, where and when it was measured, and the machine card of the
/// build that measured it.
public struct CacheEntry: Sendable, Hashable, Codable {
    public var key: CacheKey
    public var provenance: Provenance
    public var machine: MachineInfo
    /// Analyzed: statistics and warnings as that build computed them.
    public var result: ExampleResult

    public init(key: CacheKey, provenance: Provenance, machine: MachineInfo, result: ExampleResult)
    {
        self.key = key
        self.provenance = provenance
        self.machine = machine
        self.result = result
    }

    /// The cached result shown for `example` (its id, page and line are today's).
    func result(for example: Example) -> ExampleResult {
        var reused = result
        reused.example = example
        reused.provenance = provenance
        return reused
    }
}
