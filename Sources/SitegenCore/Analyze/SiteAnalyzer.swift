/// The Analyze stage: every claim's verdict from the measured results. Pure: value in, value out.
///
/// A claim whose evidence is missing (the example is not in the site, failed or printed no
/// `RESULT` line) is inconclusive, with that as its reason.
public enum SiteAnalyzer {
    /// Workers in the CPU-bound and I/O-bound experiments (two tasks, two workers).
    static let pairWorkers = 2
    /// Workers in the memory experiment.
    static let memoryWorkers = 4

    public static func analyze(
        _ results: [ExampleResult], machine: BuildMachine,
        statements: [ClaimStatement] = ClaimStatement.all
    ) -> [Claim] {
        let evidence = Evidence(results)
        return statements.map { statement in
            let finding: Finding
            do throws(Evidence.Missing) {
                finding = try check(statement.id, evidence, machine)
            } catch {
                finding = Finding(.inconclusive, error.reason)
            }
            return Claim(statement, finding)
        }
    }

    static func check(_ id: String, _ evidence: Evidence, _ machine: BuildMachine)
        throws(Evidence.Missing) -> Finding
    {
        let workers = pairWorkers
        switch id {
        case "gil-threads-cpu":
            return ClaimChecks.gilBlocksThreads(
                sequential: try evidence.wall("cpu-sequential"),
                threads: try evidence.wall("cpu-threads"), workers: workers, machine: machine,
                processes: try? evidence.wall("cpu-processes"))
        case "processes-parallel-cpu":
            return ClaimChecks.processesRunInParallel(
                sequential: try evidence.wall("cpu-sequential"),
                processes: try evidence.wall("cpu-processes"), workers: workers, machine: machine)
        case "processes-better-cpu":
            return ClaimChecks.processesBeatThreads(
                threads: try evidence.wall("cpu-threads"),
                processes: try evidence.wall("cpu-processes"), workers: workers, machine: machine)
        case "threads-better-io":
            return ClaimChecks.threadsSuitIO(
                sequential: try evidence.wall("io-sequential"),
                threads: try evidence.wall("io-threads"),
                processes: try evidence.wall("io-processes"), workers: workers, machine: machine)
        case "processes-more-memory":
            return ClaimChecks.processesUseMoreMemory(
                threads: try evidence.peakMemory("memory-threads"),
                processes: try evidence.peakMemory("memory-fork"), workers: memoryWorkers)
        case "ipc-slower":
            return ClaimChecks.ipcSlowerThanSharing(try ipcSizes(evidence))
        case "shared-memory-races":
            let expected = try evidence.number("race-threads-unlocked", "expected")
            return ClaimChecks.sharedMemoryRaces(
                expected: Int(expected),
                unlocked: [Int(try evidence.number("race-threads-unlocked", "total"))],
                locked: [Int(try evidence.number("race-threads-locked", "total"))])
        case "processes-own-memory":
            return ClaimChecks.processesHaveOwnMemory(
                parentCounter: [Int(try evidence.number("race-processes", "parent_total"))],
                childIncrements: Int(try evidence.number("race-processes", "children_total")))
        default:
            throw Evidence.Missing(reason: "sitegen has no check for the claim '\(id)'")
        }
    }

    /// Per message size: the programs' own timing of the messages (process start-up excluded),
    /// with the run-to-run spread of their wall time as the uncertainty.
    static func ipcSizes(_ evidence: Evidence) throws(Evidence.Missing)
        -> [(size: String, threads: SampleStats, processes: SampleStats)]
    {
        let threads = try evidence.sweep("ipc-queue-threads", by: "size")
        let processes = try evidence.sweep("ipc-queue-processes", by: "size")
        var sizes: [(size: String, threads: SampleStats, processes: SampleStats)] = []
        for thread in threads {
            guard let size = thread.example.parameters["size"],
                let process = processes.first(where: { $0.example.parameters["size"] == size })
            else { continue }
            sizes.append(
                (
                    "\(size) B", try messageTime(thread.example.id, evidence),
                    try messageTime(process.example.id, evidence)
                ))
        }
        return sizes
    }

    static func messageTime(_ id: String, _ evidence: Evidence) throws(Evidence.Missing)
        -> SampleStats
    {
        let elapsed = try evidence.number(id, "elapsed_s")
        let wall = try evidence.wall(id)
        let relative = wall.mean > 0 ? wall.stddev / wall.mean : 0
        return SampleStats(
            median: elapsed, mean: elapsed, stddev: elapsed * relative, min: elapsed,
            max: elapsed, count: wall.count)
    }
}
