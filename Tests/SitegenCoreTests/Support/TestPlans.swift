@testable import SitegenCore

extension RunPlan {
    /// Run plans of `examples` as the Plan stage makes them for one environment: `groups` are
    /// measured together; each plan carries `interpreter` when given (else the runner resolves).
    static func plans(
        _ examples: [Example], _ settings: RunSettings = RunSettings(),
        groups: [MeasurementGroup] = [], interpreter: Interpreter? = nil
    ) -> [RunPlan] {
        examples.map { example in
            let plan = RunPlan(
                example, settings, group: groups.first { $0.ids.contains(example.id) })
            return interpreter.map { plan.resolved($0, machine: .current(), environment: nil) }
                ?? plan
        }
    }
}
