import Testing

@testable import SitegenCore

/// A verdict's reason reads as one plain sentence; its figures fold away (and print).
@Suite struct ClaimReasonViewTests {
    static let reason =
        "Holds beyond the noise (95 % confidence interval). Measured: a ran 2.00 ± 0.09 × as fast as b (3 runs each; 95 % CI 1.88×–2.13×), above 1.30× beyond the noise."

    static func html(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes { node.render(into: &out) }
        return out
    }

    @Test func splitsTheLeadFromTheFigures() {
        let (lead, figures) = ClaimReasonView.split(Self.reason)
        #expect(lead == "Holds beyond the noise (95 % confidence interval).")
        #expect(figures?.hasPrefix("a ran 2.00") == true)
        #expect(ClaimReasonView.split("Holds.").figures == nil)
        #expect(ClaimReasonView.split("Holds. Measured: ").lead == "Holds. Measured: ")
    }
}
