/// Where a build's example runs stand, from `BuildEvent`s: runs done of the total, the example
/// running, and the time left estimated from the wall times measured so far (the running
/// example's own runs when it has some, else the mean of every run).
public struct BuildProgress: Sendable, Hashable {
    public private(set) var totalRuns = 0
    public private(set) var doneRuns = 0
    private(set) var examples = 0
    /// `[2/5] threads-demo`, while an example runs.
    private(set) var current: String?
    private var currentRunsLeft = 0
    private var currentSeconds = 0.0
    private var currentDone = 0
    private var measuredSeconds = 0.0

    public init() {}

    public mutating func apply(_ event: BuildEvent) {
        switch event {
        case .planned(let examples, let runs):
            self.examples = examples
            totalRuns = runs
            doneRuns = 0
            measuredSeconds = 0
        case .exampleStarted(let index, let count, let id, _, let runs):
            current = "[\(index)/\(count)] \(id)"
            currentRunsLeft = runs
            currentSeconds = 0
            currentDone = 0
        case .runFinished(_, _, let seconds):
            doneRuns += 1
            measuredSeconds += seconds
            currentSeconds += seconds
            currentDone += 1
            currentRunsLeft = max(0, currentRunsLeft - 1)
        case .exampleFinished:
            // A failed example skips its remaining runs.
            totalRuns -= currentRunsLeft
            currentRunsLeft = 0
            current = nil
        }
    }

    /// Seconds left, or nil before any run has been timed.
    var secondsLeft: Double? {
        guard doneRuns > 0 else { return nil }
        let mean = measuredSeconds / Double(doneRuns)
        let own = currentDone > 0 ? currentSeconds / Double(currentDone) : mean
        let others = max(0, totalRuns - doneRuns - currentRunsLeft)
        return own * Double(currentRunsLeft) + mean * Double(others)
    }

    /// One line for a terminal of `width` columns:
    /// `[######------]  7/18 runs  [2/5] threads-demo  ~4 s left`.
    public func line(width: Int) -> String {
        let left = secondsLeft.map { "~\(Self.duration($0)) left" } ?? "estimating…"
        let counts = "\(doneRuns)/\(totalRuns) runs"
        let label = current ?? ""
        let barWidth = max(10, min(30, width - counts.count - label.count - left.count - 10))
        let filled = totalRuns > 0 ? barWidth * doneRuns / totalRuns : 0
        let bar =
            String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        let text = "[\(bar)] \(counts)  \(label)  \(left)"
        return String(text.prefix(max(0, width - 1)))
    }

    /// `42 s`, `3 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        let rest = whole % 60
        return "\(whole / 60) min \(rest < 10 ? "0" : "")\(rest) s"
    }
}
