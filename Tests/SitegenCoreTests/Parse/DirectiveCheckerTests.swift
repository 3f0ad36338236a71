import Testing

@testable import SitegenCore

@Suite struct DirectiveCheckerTests {
    static func parse(_ text: String) throws -> SiteParser.Site {
        try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
    }

    static let example = "# Page\n\n```python run id=fast\nprint(1)\n```\n\n"

    static func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as SitegenError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func knownChartAndClaimParse() throws {
        let site = try Self.parse(
            Self.example
                + "A claim. [](claim:gil-threads-cpu)\n\n```chart kind=comparison examples=\"fast\"\n```\n"
        )
        #expect(site.pages[0].links.contains { $0.destination == "claim:gil-threads-cpu" })
    }

    @Test func unknownChartKindIsAnErrorAtItsLine() {
        let message = Self.error(Self.example + "```chart kind=pie examples=\"fast\"\n```\n")
        #expect(
            message?.hasPrefix(
                "page.md:7: unknown chart kind 'pie' — write kind= one of comparison, scaling, cputrace, memory"
            ) == true)
    }

    @Test func unknownExampleIsAnErrorAtItsLine() {
        let message = Self.error(
            Self.example + "```chart kind=memory examples=\"fast,slow\"\n```\n")
        #expect(
            message?.hasPrefix(
                "page.md:7: the chart names 'slow', which is not an example of this site") == true)
    }

    @Test func scalingNeedsASweep() {
        let message = Self.error(Self.example + "```chart kind=scaling examples=\"fast\"\n```\n")
        #expect(message?.contains("which is not a params=\"workers=…\" block") == true)
    }

    @Test func unknownClaimIsAnErrorAtItsLine() {
        let message = Self.error(Self.example + "Text.\n\nMore text. [](claim:no-such)\n")
        #expect(
            message?.hasPrefix("page.md:9: unknown claim 'no-such' — claims are gil-threads-cpu,")
                == true)
    }
}
