import Testing

@testable import SitegenCore

/// Issue 23, item 8: one busy-machine line per build on stderr, naming the examples.
@Suite struct BusyMachineSummaryTests {
    @Test func oneLineNamesEveryExample() {
        let busy = MeasurementWarning.busyMachine(load: 2.5, cores: 2)
        let line = BusyMachineSummary.line([
            ("a", [busy, .preempted(perCPUSecond: 80), .unstable(fraction: 0.2)]),
            ("b", [busy, .preempted(perCPUSecond: 60)]),
            ("c", [busy, .stolenCPU(fraction: 0.2)]),
            ("d", [.tooShort(seconds: 0.001)]),
        ])
        #expect(
            line
                == "warning: the machine was busy during this build: 1-minute load average 2.50 for 2 available cores when the build started (3 examples: a, b, c); other programs took the CPU from 2 examples: a, b; the hypervisor stole 10 % or more of the CPU time from 1 example: c — close other programs (or wait for the machine to be idle) and build again with --rerun; each example's page says what it saw"
        )
    }

    @Test func aQuietBuildHasNoLine() {
        #expect(BusyMachineSummary.line([("a", [.tooShort(seconds: 0.001)]), ("b", [])]) == nil)
        #expect(!BusyMachineSummary.isAboutTheMachine(.unstable(fraction: 0.3)))
        #expect(BusyMachineSummary.isAboutTheMachine(.preempted(perCPUSecond: 51)))
    }
}
