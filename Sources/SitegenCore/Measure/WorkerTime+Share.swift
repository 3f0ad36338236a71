/// The share of the workers' lives spent one way: running, waiting for a core, or blocked.
enum WorkerShare: String, Sendable, Hashable, CaseIterable {
    case running
    case waiting
    case blocked
}

/// Fractions of the selected workers' summed lives (each worker weighs by its lifetime).
struct WorkerSplit: Sendable, Hashable {
    let running: Double
    let waiting: Double
    let blocked: Double
    /// Workers read.
    let workers: Int

    subscript(_ share: WorkerShare) -> Double {
        switch share {
        case .running: running
        case .waiting: waiting
        case .blocked: blocked
        }
    }
}

extension WorkerTime {
    /// A worker "did the CPU work" when it ran at least this share of what the busiest worker
    /// of its run ran: pool helper threads (result handlers, queue feeders), a resource tracker
    /// and the like run ~0 % and only wait, so they stay out of the default selection.
    static let cpuWorkShare = 0.1

    /// True when `pattern` names this worker: its thread name, its process name or
    /// `process/thread`; a final `*` matches any rest (`Thread-*`).
    func matches(_ pattern: String) -> Bool {
        let names = [thread, process, label]
        if pattern.hasSuffix("*") {
            let prefix = pattern.dropLast()
            return names.contains { $0.hasPrefix(prefix) }
        }
        return names.contains(pattern)
    }

    /// The workers a quantity reads: those `pattern` names, or by default the ones that did the
    /// CPU work: not a parent that only waited for its children, and not a helper that hardly
    /// ran (`cpuWorkShare`). A run with one worker reads it, parent or not.
    static func selection(_ workers: [WorkerTime], named pattern: String? = nil) -> [WorkerTime] {
        if let pattern { return workers.filter { $0.matches(pattern) } }
        let children = workers.filter { !$0.waitsForChildren }
        let candidates = children.isEmpty ? workers : children
        let busiest = candidates.map(\.runningNs).max() ?? 0
        return candidates.filter { Double($0.runningNs) >= cpuWorkShare * Double(busiest) }
    }

    /// The split of the selected workers' summed lives; nil when none was selected or lived.
    static func split(_ workers: [WorkerTime], named pattern: String? = nil) -> WorkerSplit? {
        let selected = selection(workers, named: pattern)
        let life = Double(selected.reduce(0) { $0 + $1.lifetimeNs })
        guard life > 0 else { return nil }
        let running = Double(selected.reduce(0) { $0 + min($1.runningNs, $1.lifetimeNs) })
        let waiting = Double(
            selected.reduce(0) {
                $0 + min($1.waitingNs, $1.lifetimeNs - min($1.runningNs, $1.lifetimeNs))
            })
        return WorkerSplit(
            running: running / life, waiting: waiting / life,
            blocked: max(0, 1 - (running + waiting) / life), workers: selected.count)
    }
}

extension RunMeasurement {
    /// A run whose CPU workers waited for a core more than this share of their lives was
    /// disturbed: something else had the cores. On an idle 2-core machine the workers' own
    /// hand-offs (a GIL waking the other thread, sitegen's 10 ms sampler taking ~0.13 ms per
    /// sample, about 1.3 % of a core) keep it to a few per cent; another program holding a core
    /// shows as 30–85 % (two processes beside a busy loop, or at load 4 and beyond: measured on
    /// the 2-core build machine, issue 18).
    static let disturbedWaiting = 0.10

    /// The split of the workers that did the CPU work; nil when the tree was not sampled.
    var workerSplit: WorkerSplit? { workers.flatMap { WorkerTime.split($0) } }

    /// True when the CPU workers waited for a core beyond `disturbedWaiting` of their lives;
    /// nil when unknown (not sampled, or measured before sitegen split the workers' time).
    var isDisturbed: Bool? { workerSplit.map { $0.waiting > Self.disturbedWaiting } }
}
