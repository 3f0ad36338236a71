import Foundation

/// The build's one stderr line about a busy machine. The examples' own warnings say it per example
/// on their pages (load before the build, steal, preemption); on stderr twenty copies of one fact
/// about the machine hid the warnings about the examples themselves, so they are gathered into one
/// line that names the examples.
enum BusyMachineSummary {
    /// True for the warnings that are about the machine rather than the example.
    static func isAboutTheMachine(_ warning: MeasurementWarning) -> Bool {
        switch warning {
        case .busyMachine, .stolenCPU, .preempted: true
        default: false
        }
    }

    /// `warned` holds, per example (its id, prefixed by its environment when there are several),
    /// its warnings; nil when none of them is about the machine.
    static func line(_ warned: [(id: String, warnings: [MeasurementWarning])]) -> String? {
        var load: (Double, Int)?
        var busy: [String] = []
        var stolen: [String] = []
        var preempted: [String] = []
        for (id, warnings) in warned {
            for warning in warnings {
                switch warning {
                case .busyMachine(let average, let cores):
                    load = load ?? (average, cores)
                    busy.append(id)
                case .stolenCPU: stolen.append(id)
                case .preempted: preempted.append(id)
                default: break
                }
            }
        }
        var parts: [String] = []
        if let (average, cores) = load {
            parts.append(
                "1-minute load average \(String(format: "%.2f", average)) for \(cores) available \(cores == 1 ? "core" : "cores") when the build started (\(examples(busy)))"
            )
        }
        if !preempted.isEmpty {
            parts.append("other programs took the CPU from \(examples(preempted))")
        }
        if !stolen.isEmpty {
            parts.append(
                "the hypervisor stole 10 % or more of the CPU time from \(examples(stolen))")
        }
        guard !parts.isEmpty else { return nil }
        return "warning: the machine was busy during this build: "
            + parts.joined(separator: "; ")
            + " — close other programs (or wait for the machine to be idle) and build again with --rerun; each example's page says what it saw"
    }

    /// "3 examples: a, b, c" or "1 example: a".
    static func examples(_ ids: [String]) -> String {
        var unique: [String] = []
        for id in ids where !unique.contains(id) { unique.append(id) }
        return "\(unique.count) \(unique.count == 1 ? "example" : "examples"): "
            + unique.joined(separator: ", ")
    }
}
