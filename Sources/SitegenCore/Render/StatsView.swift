/// The figures of an example over its measured runs: median with min–max, mean ± σ.
enum StatsView {
    static func node(_ result: ExampleResult) -> Node? {
        guard let stats = result.stats else { return nil }
        let sampled = result.runs.allSatisfy(\.treeSampled)
        let memory =
            sampled
            ? "Peak memory (the tree's summed RSS, sampled from /proc every 10 ms; pages shared copy-on-write are counted in every process that maps them)"
            : "Peak memory (largest single process, wait4's ru_maxrss)"
        var rows: [(String, FigureSummary, (Double) -> String)] = [
            ("Wall time (monotonic clock, spawn to exit)", stats.wall, Format.seconds),
            (
                "CPU user (wait4: the process and the children it waited for)", stats.user,
                Format.seconds
            ),
            ("CPU system (wait4, same processes)", stats.system, Format.seconds),
            ("CPU utilisation ((user + system) / wall, in cores)", stats.cpuUtilization, cores),
            (memory, stats.peakRSS, { Format.bytes(Int($0)) }),
        ]
        if let busy = stats.coresBusy {
            rows.append(
                (
                    "Cores busy at once while the workers ran (/proc sampler, each run's median)",
                    busy, cores
                ))
        }
        let body = rows.map { row in
            Node.el(
                "tr",
                [
                    .el("th", [("scope", "row")], text: row.0),
                    .el("td", [("class", "num")], text: row.2(row.1.median)),
                    .el(
                        "td", [("class", "num")], text: "\(row.2(row.1.min)) – \(row.2(row.1.max))"),
                    .el(
                        "td", [("class", "num")],
                        text: "\(row.2(row.1.mean)) ± \(row.2(row.1.stddev))"),
                ])
        }
        let header: Node = .el(
            "tr",
            [
                .el("th", [("scope", "col")], text: "figure"),
                .el("th", [("scope", "col")], text: "median"),
                .el("th", [("scope", "col")], text: "min – max"),
                .el("th", [("scope", "col")], text: "mean ± σ"),
            ])
        let warmups = result.warmupRuns == 1 ? "1 warm-up run" : "\(result.warmupRuns) warm-up runs"
        let runs = stats.runs == 1 ? "1 measured run" : "\(stats.runs) measured runs"
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
        if let trace = result.trace, !trace.samples.isEmpty {
            parts.append(
                .el(
                    "p", [("class", "trace-summary")],
                    text:
                        "Shown run, sampled from /proc every 10 ms: up to \(trace.peakProcesses) process\(trace.peakProcesses == 1 ? "" : "es") alive at once, "
                        + "up to \(cores(trace.peakCores)) cores busy in a 10 ms interval, \(Format.seconds(trace.cpuSeconds)) of CPU "
                        + "over the whole tree (schedstat), peak tree RSS \(Format.bytes(trace.peakRSSBytes))."
                ))
        }
        if let group = result.group {
            parts.append(
                .el(
                    "p", [("class", "group-summary")],
                    text:
                        "Measured in interleaved rounds with \(group.members.filter { $0 != result.example.id }.joined(separator: ", ")): "
                        + "\(group.reason) (minimum \(group.minimumRounds), \(Int(group.spentSeconds.rounded())) s of a \(Int(group.budgetSeconds.rounded())) s budget)."
                ))
        }
        if let noise = noise(result.runs) {
            parts.append(.el("p", [("class", "noise")], text: noise))
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
