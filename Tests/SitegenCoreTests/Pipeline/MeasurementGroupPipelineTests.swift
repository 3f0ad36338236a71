import Foundation
import Testing

@testable import SitegenCore

/// A chart's examples are measured in interleaved rounds by the whole build, and say so in
/// `results.json`; `--schedule blocks` keeps the old order.
@Suite struct MeasurementGroupPipelineTests {
    static let page = """
        # Page

        ```sh run id=fast runs=3 warmup=0
        fast
        ```

        ```sh run id=slow runs=3 warmup=0
        slow
        ```

        ```chart kind=comparison examples="slow,fast" title="Two"
        ```
        """

    static func builder() -> SiteBuilder {
        SiteBuilder(
            executor: ScriptedExecutor { request in
                let code = (try? String(contentsOfFile: request.arguments.last!, encoding: .utf8))
                return ScriptedExecutor.capture(
                    lines: [], wall: code?.hasPrefix("fast") == true ? 0.1 : 0.2)
            }, environment: [:])
    }

    @Test func chartExamplesAreMeasuredInRounds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", Self.page)
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        options.instrumented = false
        let summary = try Self.builder().build(options)
        let group = try #require(summary.examples.first?.group)
        #expect(group.members == ["slow", "fast"])
        #expect(group.rounds == 3 && group.stop == .minimum)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(try folder.read("site/results.json").utf8)) as! [String: Any]
        let examples = json["examples"] as! [[String: Any]]
        let record = examples[0]["measurement_group"] as! [String: Any]
        #expect(record["rounds"] as? Int == 3)
        #expect(record["stopped"] as? String == "minimum")
        let runs = examples[0]["runs"] as! [[String: Any]]
        #expect(runs.map { $0["round"] as? Int } == [1, 2, 3])
        let html = try folder.read("site/index.html")
        #expect(html.contains("Measured together with slow"))
        #expect(html.contains("95 % CI 2.00×–2.00×"))  // fast: exactly 2× in every round

        options.schedule = .blocks
        options.outputFolder = folder.path + "/site-blocks"
        let blocks = try Self.builder().build(options)
        #expect(blocks.examples.allSatisfy { $0.group == nil })
        #expect(blocks.examples.allSatisfy { $0.runs.allSatisfy { $0.round == nil } })
    }
}
