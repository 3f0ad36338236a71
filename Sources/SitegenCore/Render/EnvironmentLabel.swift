/// The heading of one environment's column on an example: its label, the interpreter it ran
/// with, and what the environment changed (its work scale, its CPU set).
enum EnvironmentLabel {
    static func node(_ run: EnvironmentRun, result: ExampleResult) -> Node {
        var line: [Node] = [
            .el("strong", text: run.environment.spec.label),
            .text(" — \(result.interpreter.language) \(result.interpreter.version)"),
        ]
        let changes = self.changes(run.environment.spec)
        if !changes.isEmpty { line.append(.text("; " + changes.joined(separator: "; "))) }
        return .el("p", [("class", "environment-label")], line)
    }

    /// A chart panel's heading: the environment's label and what it changed.
    static func panel(_ run: EnvironmentRun) -> Node {
        let changes = self.changes(run.environment.spec)
        return .el(
            "p", [("class", "environment-label")],
            [.el("strong", text: run.environment.spec.label)]
                + (changes.isEmpty ? [] : [.text(" — " + changes.joined(separator: "; "))]))
    }

    /// "work × 2", "pinned to CPU 0": what this environment scaled or restricted.
    static func changes(_ spec: EnvironmentSpec) -> [String] {
        var changes = spec.scale.sorted { $0.key < $1.key }.map {
            "\($0.key.lowercased()) × \($0.value)"
        }
        if let cpus = spec.cpus {
            let count = cpus.cpus.count
            changes.append(
                "pinned to \(count == 1 ? "CPU" : "CPUs") \(cpus) (\(count) \(count == 1 ? "core" : "cores"))"
            )
        }
        return changes
    }
}
