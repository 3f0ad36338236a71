import Testing

@testable import SitegenCore

@Suite("BuildProgress: runs done, time left")
struct BuildProgressTests {
    static let location = SourceLocation(file: "a.md", line: 3)

    @Test func estimatesFromTheRunningExampleThenTheMeanOfAllRuns() throws {
        var progress = BuildProgress()
        progress.apply(.planned(examples: 2, runs: 10))
        #expect(progress.secondsLeft == nil)
        #expect(progress.line(width: 80).contains("estimating…"))
        progress.apply(
            .exampleStarted(index: 1, count: 2, id: "slow", location: Self.location, runs: 6))
        progress.apply(.runFinished(index: 1, id: "slow", seconds: 2))
        // 5 runs of `slow` left at 2 s, 4 of the next example at the mean (2 s).
        #expect(progress.secondsLeft == 18)
        for _ in 0..<5 { progress.apply(.runFinished(index: 1, id: "slow", seconds: 2)) }
        progress.apply(.exampleFinished(index: 1, id: "slow"))
        progress.apply(
            .exampleStarted(index: 2, count: 2, id: "fast", location: Self.location, runs: 4))
        progress.apply(.runFinished(index: 2, id: "fast", seconds: 0.5))
        #expect(progress.secondsLeft == 1.5)  // its own runs: 3 × 0.5 s
        #expect(progress.doneRuns == 7 && progress.totalRuns == 10)
        #expect(
            progress.line(width: 80)
                == "[#####################---------] 7/10 runs  [2/2] fast  ~2 s left")
    }

    @Test func aFailedExampleDropsItsRemainingRuns() {
        var progress = BuildProgress()
        progress.apply(.planned(examples: 1, runs: 6))
        progress.apply(
            .exampleStarted(index: 1, count: 1, id: "boom", location: Self.location, runs: 6))
        progress.apply(.runFinished(index: 1, id: "boom", seconds: 0.1))
        progress.apply(.exampleFinished(index: 1, id: "boom"))
        #expect(progress.totalRuns == 1 && progress.doneRuns == 1)
        #expect(progress.secondsLeft == 0)
    }

    @Test func durations() {
        #expect(BuildProgress.duration(0.2) == "1 s")
        #expect(BuildProgress.duration(59) == "59 s")
        #expect(BuildProgress.duration(185) == "3 min 05 s")
    }

    @Test func theLineFitsANarrowTerminal() {
        var progress = BuildProgress()
        progress.apply(.planned(examples: 1, runs: 2))
        progress.apply(
            .exampleStarted(
                index: 1, count: 1, id: String(repeating: "x", count: 60), location: Self.location,
                runs: 2))
        #expect(progress.line(width: 40).count <= 39)
    }
}
