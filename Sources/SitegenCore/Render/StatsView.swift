/// The figures of an example over its measured runs: median with min–max, mean ± σ. Row names
/// are plain; how each figure was taken is in the example's folded "How these figures were
/// measured".
enum StatsView {
    /// `startup`: the environment's interpreter start-up, a row under the wall time.
    static func node(_ result: ExampleResult, startup: StartupTime? = nil) -> Node? {
        let stats = result.stats
        guard stats.runs > 0 else { return nil }
        let sampled = result.runs.allSatisfy(\.treeSampled)
        let memory =
            sampled ? "Peak memory, all processes together" : "Peak memory, largest process"
        var rows: [(String, FigureSummary, (Double) -> String)] = [
            ("Wall time, start to finish", stats.wall, Format.seconds)
        ]
        if let startup, !startup.walls.isEmpty {
            rows.append(
                (
                    "of which interpreter start-up (an empty \(startup.language) program, \(startup.walls.count) runs)",
                    FigureSummary(startup.walls), Format.seconds
                ))
        }
        rows += [
            ("CPU time running the program's code", stats.user, Format.seconds),
            ("CPU time in the operating system", stats.system, Format.seconds),
            ("Cores busy on average (CPU time ÷ wall time)", stats.cpuUtilization, cores),
            (memory, stats.peakRSS, { Format.bytes(Int($0)) }),
        ]
        if let busy = stats.coresBusy {
            rows.append(("Cores busy at once while the workers ran", busy, cores))
        }
        let headers = ["median", "min – max", "mean ± σ"]
        let body = rows.map { row in
            Node.el(
                "tr",
                [
                    .el("th", [("scope", "row")], text: row.0),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[0])],
                        text: row.2(row.1.median)),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[1])],
                        text: "\(row.2(row.1.min)) – \(row.2(row.1.max))"),
                    .el(
                        "td", [("class", "num"), ("data-label", headers[2])],
                        text: "\(row.2(row.1.mean)) ± \(row.2(row.1.stddev))"),
                ])
        }
        let header: Node = .el(
            "tr",
            [.el("th", [("scope", "col")], text: "figure")]
                + headers.map { .el("th", [("scope", "col")], text: $0) })
        let warmups = result.warmupRuns == 1 ? "1 warm-up run" : "\(result.warmupRuns) warm-up runs"
        var runs = stats.runs == 1 ? "1 measured run" : "\(stats.runs) measured runs"
        if let undisturbed = stats.undisturbedRuns {
            let share = Int((RunMeasurement.disturbedWaiting * 100).rounded())
            runs +=
                " (\(undisturbed) undisturbed: the workers waited for a core under \(share) % of their lives)"
        }
        var parts: [Node] = [
            .el(
                "table", [("class", "stats")],
                [
                    .el(
                        "caption",
                        text:
                            "\(runs) after \(warmups), \(schedule(result)); σ is the sample standard deviation"
                    ),
                    .el("thead", [header]), .el("tbody", body),
                ])
        ]
        if let group = result.group {
            let others = group.members.filter { $0 != result.example.id }.joined(separator: ", ")
            parts.append(
                .el(
                    "p", [("class", "group-summary")],
                    text:
                        "Measured together with \(others), one run of each per round in a shuffled order, so that a slow moment of the machine slows them alike: \(group.reason)."
                ))
        }
        if let noise = noise(result.runs) {
            parts.append(
                .el(
                    "details", [("class", "noise")],
                    [
                        .el("summary", text: "Machine noise during these runs"),
                        .el("p", text: noise),
                    ]
                ))
        }
        return .group(parts)
    }

    static func schedule(_ result: ExampleResult) -> String {
        guard let group = result.group else { return "one at a time" }
        return "one per round in \(group.rounds) interleaved rounds (order shuffled every round)"
    }

    /// The machine's noise over the runs: steal, preemption, CPU frequency.
    static func noise(_ runs: [RunMeasurement]) -> String? {
        let steals = runs.compactMap(\.stealSeconds)
        let switches = runs.compactMap(\.involuntarySwitches)
        guard !steals.isEmpty || !switches.isEmpty else { return nil }
        var parts: [String] = []
        if !steals.isEmpty {
            parts.append(
                "CPU stolen by the hypervisor during the runs: \(Format.seconds(steals.reduce(0, +))) in all (/proc/stat steal, every CPU)"
            )
        }
        if !switches.isEmpty {
            let median = Statistics.median(switches.map(Double.init))
            parts.append(
                "involuntary context switches per run: median \(Int(median.rounded())), up to \(switches.max()!) (wait4 ru_nivcsw)"
            )
        }
        let frequencies = runs.compactMap(\.cpuMHz)
        parts.append(
            frequencies.isEmpty
                ? "CPU frequency: not readable on this machine (no cpufreq in /sys)"
                : "CPU frequency: \(Int(frequencies.min()!.rounded()))–\(Int(frequencies.max()!.rounded())) MHz (cpufreq scaling_cur_freq)"
        )
        return "Machine noise: " + parts.joined(separator: "; ") + "."
    }

    static func cores(_ value: Double) -> String { SVGFormat.number(value, digits: 2) }
}
