import Testing

@testable import SitegenCore

/// Signs of a busy machine read as one warning, not a stack of boxes saying the same thing.
@Suite struct WarningsViewTests {
    static func html(_ warnings: [MeasurementWarning]) -> String {
        var out = ""
        WarningsView.node(warnings)?.render(into: &out)
        return out
    }

    @Test func busyMachineAndPreemptionShareOneBox() {
        let busy = MeasurementWarning.busyMachine(load: 3.1, cores: 2)
        let preempted = MeasurementWarning.preempted(perCPUSecond: 75)
        let out = Self.html([.unstable(fraction: 0.14), busy, preempted])
        #expect(out.components(separatedBy: "<li class=\"warning\"").count == 3)
        #expect(out.contains("data-kind=\"machine-noise\""))
        #expect(
            out.contains(
                "The machine was busy while this was measured (other work was running on it and other programs often took the processor away from this example)"
            ))
        // Both technical details stay, folded away.
        var busyText = ""
        var preemptedText = ""
        Escape.text(busy.text, into: &busyText)
        Escape.text(preempted.text, into: &preemptedText)
        #expect(out.contains(busyText) && out.contains(preemptedText))
    }

    @Test func aSingleSignKeepsItsOwnSentence() {
        let out = Self.html([.preempted(perCPUSecond: 75)])
        #expect(out.contains("Other programs often took the processor away"))
        #expect(!out.contains("machine-noise"))
    }
}
