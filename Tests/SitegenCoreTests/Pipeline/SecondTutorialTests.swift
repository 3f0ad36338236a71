import Foundation
import Testing

@testable import SitegenCore

/// A second tutorial, on another subject (asyncio vs sequential waits), with its own claim
/// fences, built end to end with real processes: nothing about the seed tutorial is needed.
@Suite struct SecondTutorialTests {
    static let page = """
        ---
        title: Waiting with asyncio
        ---
        # Waiting with asyncio

        Four waits of 50 ms, one after the other, and all at once with asyncio. [](claim:asyncio-overlaps-waits)

        ```python run id=wait-sequential
        import json, time
        start = time.perf_counter()
        for _ in range(4):
            time.sleep(0.05)
        print("RESULT " + json.dumps({"tasks": 4, "elapsed_s": time.perf_counter() - start}))
        ```

        ```python run id=wait-asyncio
        import asyncio, json, time
        async def main():
            start = time.perf_counter()
            await asyncio.gather(*(asyncio.sleep(0.05) for _ in range(4)))
            return time.perf_counter() - start
        elapsed = asyncio.run(main())
        print("RESULT " + json.dumps({"tasks": 4, "elapsed_s": elapsed}))
        ```

        ```claim id=asyncio-overlaps-waits
        asyncio overlaps waits: four 50 ms sleeps take about 50 ms, not 200 ms.
        check result(wait-asyncio).tasks = 4
        holds if result(wait-asyncio).elapsed_s < result(wait-sequential).elapsed_s
        holds if every run: result(wait-asyncio).elapsed_s < 150ms
        explain The four sleeps overlap, so they end together.
        ```

        ```claim id=asyncio-slower
        asyncio is slower than waiting in turn.
        holds if result(wait-asyncio).elapsed_s > result(wait-sequential).elapsed_s
        ```

        ```claim id=needs-a-big-machine
        asyncio uses sixty-four cores.
        require cores >= 64
        holds if wall(wait-asyncio) < 10s
        ```

        ```claim id=five-tasks
        asyncio ran five tasks.
        check result(wait-asyncio).tasks = 5
        holds if wall(wait-asyncio) < 10s
        ```

        ```claims
        ```

        """

    @Test func verdictsComeFromTheTutorialsOwnClaims() throws {
        let fixture = try SiteFixture(["index.md": Self.page])
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let claimLines = outcome.progress.filter { $0.hasPrefix("claim ") }
        #expect(
            claimLines == [
                "claim asyncio-overlaps-waits: holds", "claim asyncio-slower: fails",
                "claim needs-a-big-machine: inconclusive", "claim five-tasks: inconclusive",
            ])
        let json = try #require(outcome.files["results.json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let claims = document["claims"] as! [[String: Any]]
        let reasons = Dictionary(
            uniqueKeysWithValues: claims.map { ($0["id"] as! String, $0["reason"] as! String) })
        #expect(reasons["needs-a-big-machine"]?.contains("the claim requires cores >= 64") == true)
        #expect(reasons["five-tasks"]?.hasPrefix("The experiment itself is off") == true)
        #expect(reasons["five-tasks"]?.contains("wait-asyncio reported tasks = 4") == true)
        #expect(claims[0]["explain"] as? String == "The four sleeps overlap, so they end together.")
        #expect(
            (claims[0]["evidence"] as? [String]) == ["wait-asyncio", "wait-sequential"])
        let page = outcome.page
        #expect(page.contains("id=\"claim-asyncio-overlaps-waits\""))
        #expect(page.contains("href=\"index.html#claim-asyncio-overlaps-waits\""))
        #expect(page.contains("<tr id=\"claims-five-tasks\">"))
    }

    @Test func aSiteWithoutClaimFencesHasNoClaims() throws {
        let fixture = try SiteFixture(["index.md": "# Home\n\nJust text.\n"])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(!outcome.progress.contains { $0.hasPrefix("claim") })
        let json = try #require(outcome.files["results.json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect((document["claims"] as? [Any])?.isEmpty == true)
    }
}
