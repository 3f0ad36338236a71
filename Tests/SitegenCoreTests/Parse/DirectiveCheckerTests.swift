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

    static let claim = "```claim id=fast-is-fast\nFast is fast.\nholds if wall(fast) < 1s\n```\n\n"

    @Test func knownChartAndClaimParseIntoTypedSegments() throws {
        let site = try Self.parse(
            Self.example + Self.claim
                + "A claim. [](claim:fast-is-fast)\n\n```chart kind=comparison examples=\"fast\"\n```\n"
        )
        let segments = site.pages[0].segments
        #expect(
            segments.contains(
                .badge(claimID: "fast-is-fast", location: .init(file: "page.md", line: 12))))
        #expect(site.claims.map(\.id) == ["fast-is-fast"])
        #expect(site.claims[0].page == "page.html")
        #expect(
            segments.contains {
                if case .chart(let spec) = $0 { return spec.examples == ["fast"] }
                return false
            })
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
        #expect(message?.contains("which is not a params= block") == true)
    }

    static let sweeps = """
        # Page

        ```python run id=pool params="tasks=1,4,16"
        print(1)
        ```

        ```python run id=gather params="tasks=1,4,16"
        print(1)
        ```

        ```python run id=sizes params="size=64,4096"
        print(1)
        ```


        """

    @Test func scalingTakesTheSweptParameterByNameAndLabels() throws {
        let site = try Self.parse(
            Self.sweeps
                + "```chart kind=scaling examples=\"pool,gather\" label=\"Pool, asyncio\"\n```\n")
        let spec = site.pages[0].segments.compactMap {
            if case .chart(let spec) = $0 { return spec }
            return nil
        }[0]
        #expect(spec.parameter == "tasks")
        #expect(spec.labels == ["Pool", "asyncio"])
        let named = try Self.parse(
            Self.sweeps + "```chart kind=scaling examples=\"pool\" x=tasks\n```\n")
        #expect(
            named.pages[0].segments.contains {
                if case .chart(let s) = $0 { return s.parameter == "tasks" }
                return false
            })
    }

    @Test func aScalingChartWithNothingToDrawIsAnErrorAtItsFence() {
        #expect(
            Self.error(Self.sweeps + "```chart kind=scaling examples=\"sizes\"\n```\n")
                == "page.md:15: the sweep 'sizes' has size=64,4096: a scaling chart needs whole numbers from 1 (its baseline), or it has nothing to draw — sweep e.g. params=\"size=1,2,4\", or draw kind=comparison"
        )
        #expect(
            Self.error(Self.sweeps + "```chart kind=scaling examples=\"pool,sizes\"\n```\n")
                == "page.md:15: the sweeps charted share no parameter to put on the x axis — name the swept parameter with x=, e.g. x=threads"
        )
        #expect(
            Self.error(Self.sweeps + "```chart kind=scaling examples=\"pool\" x=workers\n```\n")
                == "page.md:15: x=workers is not a parameter of every sweep charted — their shared parameters are tasks"
        )
        #expect(
            Self.error(
                Self.sweeps + "```chart kind=comparison examples=\"pool\" label=\"a,b\"\n```\n")
                == "page.md:15: label= has 2 labels for 1 entries of examples= — write one label per example, comma-separated, in the same order"
        )
    }

    @Test func undeclaredClaimIsAnErrorAtTheBadgesLine() {
        let message = Self.error(
            Self.example + Self.claim + "Text.\n\nMore text. [](claim:no-such)\n")
        #expect(
            message
                == "page.md:14: no claim fence declares the claim 'no-such' — declared claims are fast-is-fast; or add a ```claim id=no-such fence"
        )
    }

    @Test func aSiteWithoutClaimFencesHasNoClaims() throws {
        #expect(try Self.parse(Self.example).claims.isEmpty)
        let message = Self.error(Self.example + "Text. [](claim:gil-threads-cpu)\n")
        #expect(
            message?.hasPrefix("page.md:7: no claim fence declares the claim 'gil-threads-cpu'")
                == true)
    }

    @Test func aBadgeWithTextIsAnError() {
        #expect(
            Self.error(Self.example + Self.claim + "See [this](claim:fast-is-fast).\n")
                == "page.md:12: a claim badge takes no link text and cannot sit inside a link (a link inside a link is not valid HTML) — write [](claim:fast-is-fast) after the sentence it checks, outside any link"
        )
    }

    /// `[![](claim:x)](url)` would render the badge's link inside the author's link.
    @Test func aBadgeAsAnImageInsideALinkIsAnError() {
        for text in ["See [![](claim:fast-is-fast)](https://example.org).\n"] {
            #expect(
                Self.error(Self.example + Self.claim + text)?.hasPrefix(
                    "page.md:12: a claim badge takes no link text and cannot sit inside a link")
                    == true,
                "\(text)")
        }
        #expect(Self.error(Self.example + Self.claim + "![](claim:fast-is-fast)\n") == nil)
    }

    @Test func aBadgeInAHeadingIsTyped() throws {
        let site = try Self.parse(Self.example + Self.claim + "## Fast [](claim:fast-is-fast)\n")
        #expect(
            site.pages[0].segments.contains(
                .badge(claimID: "fast-is-fast", location: .init(file: "page.md", line: 12))))
        #expect(site.pages[0].headings.last?.text == "Fast ")
    }

    @Test func duplicateClaimIdIsAnError() {
        let message = Self.error(Self.example + Self.claim + Self.claim)
        #expect(
            message
                == "page.md:12: the claim id 'fast-is-fast' is already declared at page.md:7 — give each claim fence its own id="
        )
    }

    @Test func aClaimNamingAnUnknownExampleIsAnErrorAtTheClausesLine() {
        let message = Self.error(
            Self.example + "```claim id=x\nStatement.\n\nholds if wall(slow) < 1s\n```\n")
        #expect(
            message
                == "page.md:10: the claim names 'slow', which is not an example of this site — use the id= of a runnable block"
        )
    }
}
