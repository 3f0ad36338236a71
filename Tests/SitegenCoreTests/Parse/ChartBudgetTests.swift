import Testing

@testable import SitegenCore

@Suite struct ChartBudgetTests {
    static func block(_ info: String) throws -> CodeBlock {
        CodeBlock(
            infoString: info, info: try FenceInfoParser.parse(info), code: "",
            location: SourceLocation(file: "p.md", line: 7))
    }

    static let examples = ["a", "b"].map {
        Example(
            id: $0, page: "p.html", language: "sh", code: "true",
            location: SourceLocation(file: "p.md", line: 1), timeout: 5)
    }

    @Test func budgetIsSecondsOnTheChartFence() throws {
        let spec = try ChartSpecParser.parse(
            try Self.block("chart kind=comparison examples=\"a,b\" budget=45"),
            examples: Self.examples)
        #expect(spec.budget == 45 && spec.comparesTimes)
        #expect(throws: SitegenError.self) {
            try ChartSpecParser.parse(
                try Self.block("chart kind=comparison examples=\"a,b\" budget=soon"),
                examples: Self.examples)
        }
    }

    @Test func comparisonChartsFormGroupsAndTraceChartsDoNot() throws {
        let page = """
            # P

            ```sh run id=a
            true
            ```

            ```sh run id=b
            true
            ```

            ```sh run id=c
            true
            ```

            ```chart kind=comparison examples="a,b" budget=30
            ```

            ```chart kind=cputrace examples="b,c"
            ```
            """
        let site = try SiteParser.parse([ContentFile(relativePath: "index.md", text: page)])
        let comparisons = try BuildPlan.comparisons(in: site)
        #expect(comparisons == [MeasurementGroup.Comparison(ids: ["a", "b"], budget: 30)])
    }
}
