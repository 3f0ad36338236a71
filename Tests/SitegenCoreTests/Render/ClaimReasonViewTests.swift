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

    @Test func theLeadIsInViewAndTheFiguresAreFoldedAndPrinted() {
        let out = Self.html(ClaimReasonView.nodes(Self.reason))
        let lead = out.range(of: "<span class=\"reason-lead\">Holds beyond the noise")
        let fold = out.range(of: "<details class=\"claim-figures\">")
        #expect(lead != nil && fold != nil)
        if let lead, let fold { #expect(lead.upperBound <= fold.lowerBound) }
        // The figures appear twice: in the fold (screen) and in the print-only copy.
        #expect(out.components(separatedBy: "a ran 2.00").count == 3)
        #expect(out.contains("<div class=\"print-only claim-figures-print\">"))
        // A card explains "95 % CI" inside its fold; the table (explained: true) does not repeat it.
        #expect(out.contains("confidence interval: the range"))
        let table = Self.html(ClaimReasonView.nodes(Self.reason, explained: true))
        #expect(!table.contains("confidence interval: the range"))
    }

    @Test func aReasonWithoutFiguresStaysPlainText() {
        #expect(Self.html(ClaimReasonView.nodes("Holds.")) == "Holds.")
    }
}
