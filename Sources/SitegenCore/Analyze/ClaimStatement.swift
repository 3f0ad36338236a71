/// A claim the document makes, where, and which experiments test it.
public struct ClaimStatement: Sendable, Hashable {
    public var id: String
    public var text: String
    public var page: String
    public var evidence: [String]

    public init(id: String, text: String, page: String, evidence: [String]) {
        self.id = id
        self.text = text
        self.page = page
        self.evidence = evidence
    }

    /// Every claim of the seed document that an experiment page tests.
    public static let all: [ClaimStatement] = [
        .init(
            id: "gil-threads-cpu",
            text:
                "The GIL in CPython prevents true parallel execution of threads for CPU-bound tasks.",
            page: "multithreading.html",
            evidence: ["cpu-sequential", "cpu-threads", "cpu-thread-pool"]),
        .init(
            id: "processes-parallel-cpu", text: "Multiprocessing achieves true parallelism.",
            page: "summary.html", evidence: ["cpu-sequential", "cpu-processes", "cpu-process-pool"]),
        .init(
            id: "processes-better-cpu", text: "Multiprocessing is better for CPU-bound tasks.",
            page: "multiprocessing.html", evidence: ["cpu-threads", "cpu-processes"]),
        .init(
            id: "threads-better-io", text: "Multithreading is better for I/O-bound tasks.",
            page: "multithreading.html", evidence: ["io-sequential", "io-threads", "io-processes"]),
        .init(
            id: "processes-more-memory",
            text: "Multiprocessing has higher memory usage since each process has its own memory.",
            page: "multiprocessing.html",
            evidence: ["memory-threads", "memory-fork", "memory-spawn"]),
        .init(
            id: "ipc-slower", text: "Inter-process communication (IPC) can be complex and slower.",
            page: "multiprocessing.html",
            evidence: ["ipc-queue-threads", "ipc-queue-processes", "ipc-pipe"]),
        .init(
            id: "shared-memory-races",
            text: "Shared memory space can lead to issues such as race conditions.",
            page: "multithreading.html", evidence: ["race-threads-unlocked", "race-threads-locked"]),
        .init(
            id: "processes-own-memory", text: "Each process runs in its own memory space.",
            page: "multiprocessing.html", evidence: ["race-processes"]),
    ]
}
