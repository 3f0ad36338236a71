import Foundation

/// An example's measurement warnings for readers: a plain sentence each, with the technical
/// detail folded away. Advice for the author (more runs, warm-ups) goes to stderr only.
enum WarningsView {
    static func node(_ warnings: [MeasurementWarning]) -> Node? {
        guard !warnings.isEmpty else { return nil }
        let items = warnings.map { warning in
            Node.el(
                "li", [("class", "warning"), ("data-kind", warning.kind)],
                [
                    .text(readerText(warning) + " "),
                    .el(
                        "details", [("class", "warning-detail")],
                        [.el("summary", text: "Details"), .el("p", text: warning.text)]),
                ])
        }
        return .el("ul", [("class", "warnings"), ("aria-label", "About these figures")], items)
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
