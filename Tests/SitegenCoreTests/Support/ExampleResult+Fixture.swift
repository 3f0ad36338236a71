@testable import SitegenCore

extension ExampleResult {
    /// A fixture's copy with the given fields replaced (the model has no setters; the statistics
    /// follow the runs).
    func with(
        example: Example? = nil, runs: [RunMeasurement]? = nil, warmupRuns: Int? = nil,
        lines: [OutputLine]? = nil,
        events: [WorkerEvent]? = nil, trace: TreeTrace?? = nil,
        warnings: [MeasurementWarning]? = nil, group: GroupReport?? = nil,
        environment: String?? = nil, provenance: Provenance?? = nil
    ) -> ExampleResult {
        ExampleResult(
            example: example ?? self.example, interpreter: interpreter, capture: capture,
            environment: environment ?? self.environment,
            provenance: provenance ?? self.provenance, runs: runs ?? self.runs,
            warmupRuns: warmupRuns ?? self.warmupRuns, warnings: warnings ?? self.warnings,
            lines: lines ?? self.lines, events: events ?? self.events,
            unattributedReason: unattributedReason, trace: trace ?? self.trace,
            group: group ?? self.group)
    }
}
