import Testing

@testable import SitegenCore

/// The timeline's description, read by screen readers, counts in plain English.
@Suite struct SwimlaneDescTests {
    @Test func oneWorkerAndOneLineAreSingular() {
        let chart = SwimlaneChart(
            title: "Workers of one",
            lanes: [
                .init(
                    label: "MainThread", start: 0, end: 0.1, marks: [.init(time: 0.05, text: "hi")])
            ],
            duration: 0.1)
        let svg = chart.svg.rendered
        #expect(svg.contains("1 worker over"))
        #expect(svg.contains("1 output line:"))
        #expect(!svg.contains("1 workers") && !svg.contains("1 output lines"))
    }
}
