/// The runs a speed figure (`speedup`, `cores`, `cores-when-free`) is read on: the undisturbed
/// ones (`RunMeasurement.isDisturbed`) when there are enough of them, else every run, with how
/// much of their lives the workers waited for a core, so that a verdict read on disturbed runs
/// can say so.
struct UndisturbedRuns {
    /// Undisturbed runs (rounds, for examples measured together) a figure needs before it is
    /// read on them alone: 5 rounds give the paired t interval 4 degrees of freedom, and the
    /// median's order-statistics interval a 94 % coverage ([min, max] of 5 runs).
    static let enough = 5

    /// How disturbed the runs were that a figure had to be read on.
    struct Disturbance: Sendable, Hashable {
        let runs: Int
        let undisturbed: Int
        /// Median over the runs of the share of their lives the CPU workers waited for a core.
        let waiting: Double

        /// "the workers waited for a core 34 % of their lives (median of 12 runs, 2 undisturbed)".
        var phrase: String {
            let percent = Int((waiting * 100).rounded())
            return
                "the workers waited for a core \(percent) % of their lives (median of \(runs) \(runs == 1 ? "run" : "runs"), \(undisturbed) undisturbed)"
        }
    }

    /// Each example's runs to read, in the order given.
    let runs: [[RunMeasurement]]
    /// nil when the figure reads undisturbed runs only (or no run was disturbed).
    let disturbance: Disturbance?
    /// No run says how long its workers waited (not sampled, or measured before sitegen split
    /// the workers' time): whether they were disturbed is not known.
    var unknown = false

    /// The runs of examples compared with each other: when all were measured in interleaved
    /// rounds, a round counts only when every example's run in it was undisturbed; otherwise each
    /// example's runs are filtered alone. A run not known to be disturbed counts as undisturbed.
    init(_ sets: [[RunMeasurement]]) {
        let all = sets.flatMap { $0 }
        guard all.contains(where: { $0.isDisturbed == true }) else {
            self.runs = sets
            self.disturbance = nil
            self.unknown = all.allSatisfy { $0.isDisturbed == nil }
            return
        }
        let rounds = sets.allSatisfy { $0.allSatisfy { $0.round != nil } }
        let filtered: [[RunMeasurement]]
        if rounds {
            var bad: Set<Int> = []
            var seen: [Int: Int] = [:]
            for set in sets {
                for run in set {
                    seen[run.round!, default: 0] += 1
                    if run.isDisturbed == true { bad.insert(run.round!) }
                }
            }
            let good = Set(seen.filter { $0.value == sets.count && !bad.contains($0.key) }.keys)
            filtered = sets.map { $0.filter { good.contains($0.round!) } }
        } else {
            filtered = sets.map { $0.filter { $0.isDisturbed != true } }
        }
        let undisturbed = filtered.map(\.count).min() ?? 0
        if undisturbed >= Self.enough {
            self.runs = filtered
            self.disturbance = nil
            return
        }
        self.runs = sets
        let waiting = all.compactMap { $0.workerSplit?.waiting }
        self.disturbance = Disturbance(
            runs: sets.map(\.count).max() ?? 0, undisturbed: undisturbed,
            waiting: waiting.isEmpty ? 0 : Statistics.median(waiting))
    }
}
