import Foundation

/// The machine card shown under every page that shows a measurement.
enum MachineView {
    /// `environment`: the label of the environment it is the card of, when the site has several.
    static func node(_ machine: MachineInfo, generator: String, environment: String? = nil)
        -> Node
    {
        var rows: [(String, String)] = []
        if !machine.cpuModel.isEmpty { rows.append(("CPU", machine.cpuModel)) }
        let available = machine.coresAvailable > 0 ? machine.coresAvailable : machine.cores
        rows.append(
            machine.coresOnline > 0
                ? ("Cores", "\(machine.coresOnline) online, \(available) available to the build")
                : ("Cores", String(machine.cores)))
        if let cores = machine.physicalCores, let threads = machine.hardwareThreads {
            rows.append(
                (
                    "Physical cores",
                    threads > cores
                        ? "\(cores), \(threads / cores) hardware threads each (SMT: sibling threads share a core, so two of them do not give twice the speed)"
                        : "\(cores), one hardware thread each (no SMT siblings)"
                ))
        }
        if machine.memoryBytes > 0 { rows.append(("Memory", Format.bytes(machine.memoryBytes))) }
        rows += [
            ("OS", machine.os), ("Kernel", machine.kernel), ("Architecture", machine.architecture),
        ]
        for (language, version) in machine.interpreters.sorted(by: { $0.key < $1.key }) {
            rows.append((language, version))
        }
        for facts in machine.interpreterFacts {
            rows.append(
                (facts.title, "\(facts.path) (\(facts.implementation) \(facts.version))"))
            rows += facts.details.map { ($0.label, $0.text) }
        }
        for startup in machine.startups ?? [] where !startup.walls.isEmpty {
            rows.append(("Start-up of \(startup.language)", MachineView.startup(startup)))
        }
        if let before = machine.loadBefore {
            let after = machine.loadAfter.map { String(format: "%.2f", $0) } ?? "?"
            rows.append(
                (
                    "Load average (1 min)",
                    String(format: "%.2f before the examples, ", before) + "\(after) after"
                ))
        }
        rows.append(("Generator", generator))
        if !machine.date.isEmpty { rows.append(("Built on", machine.date)) }
        return .el(
            "details", [("class", "machine")],
            [
                .el(
                    "summary",
                    text: environment.map { "Measured in the environment \($0)" }
                        ?? "Measured on this machine"),
                .el(
                    "dl",
                    rows.flatMap { row -> [Node] in
                        [.el("dt", text: row.0), .el("dd", text: row.1)]
                    }),
            ])
    }

    /// "131.4 ms (median of 20 runs of an empty program, 95 % CI 120.3–140.2 ms; measured
    /// between the examples' runs, with their flags and side channel)".
    static func startup(_ startup: StartupTime) -> String {
        let interval = startup.interval
        let ci =
            interval.isBounded
            ? ", \(Int((interval.confidence * 100).rounded())) % CI \(Format.milliseconds(interval.lower))–\(Format.milliseconds(interval.upper)) ms"
            : ""
        return
            "\(Format.seconds(startup.median)) (median of \(startup.walls.count) runs of an empty program\(ci); measured between the examples' runs, with their command, flags and side channel)"
    }

    /// The card of an optional environment this machine has no interpreter for.
    static func unavailable(_ environment: UnavailableEnvironment) -> Node {
        .el(
            "details", [("class", "machine unavailable")],
            [
                .el(
                    "summary",
                    text: "The environment \(environment.spec.label): not available on this machine"
                ),
                .el(
                    "p",
                    text:
                        "Its examples did not run in this build, and no claim was decided in it: \(environment.reason)."
                ),
            ])
    }
}
