import Foundation

/// An example's measurement warnings for readers: a plain sentence each, with the technical
/// detail folded away. Advice for the author (more runs, warm-ups) goes to stderr only.
enum WarningsView {
    static func node(_ warnings: [MeasurementWarning]) -> Node? {
        guard !warnings.isEmpty else { return nil }
        // Two or more signs of a busy machine say one thing to a reader: one box, not three.
        let noise = warnings.filter { noiseClause($0) != nil }
        var items: [Node] = []
        var noiseShown = false
        for warning in warnings {
            if noise.count > 1, noiseClause(warning) != nil {
                if !noiseShown {
                    noiseShown = true
                    items.append(
                        item(kind: "machine-noise", text: noiseText(noise), details: noise))
                }
                continue
            }
            items.append(item(kind: warning.kind, text: readerText(warning), details: [warning]))
        }
        return .el("ul", [("class", "warnings"), ("aria-label", "About these figures")], items)
    }

    private static func item(kind: String, text: String, details: [MeasurementWarning]) -> Node {
        .el(
            "li", [("class", "warning"), ("data-kind", kind)],
            [
                .text(text + " "),
                .el(
                    "details", [("class", "warning-detail")],
                    [.el("summary", text: "Details")] + details.map { .el("p", text: $0.text) }),
            ])
    }

    /// The part a sign of a busy machine plays in the merged sentence; nil for other warnings.
    static func noiseClause(_ warning: MeasurementWarning) -> String? {
        switch warning {
        case .busyMachine: "other work was running on it"
        case .preempted: "other programs often took the processor away from this example"
        case .stolenCPU(let fraction):
            // A negative fraction: the clause without its figure (a page's notice for several).
            fraction < 0
                ? "the virtual machine lost CPU time to other tenants"
                : String(
                    format: "the virtual machine lost %.0f %% of its CPU time to other tenants",
                    fraction * 100)
        default: nil
        }
    }

    /// One sentence for several signs of a busy machine.
    static func noiseText(_ noise: [MeasurementWarning]) -> String {
        let clauses = noise.compactMap(noiseClause)
        let joined =
            clauses.count <= 2
            ? clauses.joined(separator: " and ")
            : clauses.dropLast().joined(separator: ", ") + " and " + clauses.last!
        return
            "The machine was busy while this was measured (\(joined)), so its times may be longer and vary more than on a quiet machine."
    }

    /// What the warning means for someone reading the figures.
    static func readerText(_ warning: MeasurementWarning) -> String {
        switch warning {
        case .outliers(let count, let runs):
            return
                "\(count == 1 ? "1 run" : "\(count) runs") of \(runs) took unusually long or short; the medians shown are barely moved by such runs."
        case .slowFirstRun(let ratio):
            return String(
                format:
                    "The first run was %.2f× as slow as the others, as first runs often are; the medians shown are barely moved by it.",
                ratio)
        case .unstable(let fraction):
            return String(
                format:
                    "Its running time varied by %.0f %% between runs; treat small differences with care.",
                fraction * 100)
        case .tooShort(let seconds):
            return String(
                format:
                    "This example finishes in %.1f ms, so its times are mostly start-up time, not the work itself.",
                seconds * 1000)
        case .busyMachine:
            return
                "The machine was busy with other work when these were measured, so times may be longer and vary more than on a quiet machine."
        case .fewerCores(let available, let processes):
            return
                "\(processes) processes wanted a core at once but only \(available) \(available == 1 ? "was" : "were") available, so they took turns."
        case .stolenCPU(let fraction):
            return String(
                format:
                    "The virtual machine lost %.0f %% of its CPU time to other tenants while this ran, so its times are longer and vary more than on a quiet machine.",
                fraction * 100)
        case .preempted:
            return
                "Other programs often took the processor away from this example while it ran, so its times vary more than on a quiet machine."
        case .linesNotAttributed:
            return
                "On this interpreter the lines could not be matched to the thread or process that printed them; they are shown as they arrived."
        }
    }
}
