import Testing

@testable import SitegenCore

@Suite struct RunCountAttributeTests {
    private func parse(_ fence: String) throws -> SiteParser.Site {
        let text = "# Page\n\n```\(fence)\nprint(1)\n```\n"
        return try SiteParser.parse([ContentFile(relativePath: "page.md", text: text)])
    }

    @Test func runsAndWarmupFromTheFence() throws {
        let site = try parse("python run id=a runs=3 warmup=0")
        #expect(site.examples[0].runs == 3 && site.examples[0].warmup == 0)
        let plain = try parse("python run id=b")
        #expect(plain.examples[0].runs == nil && plain.examples[0].warmup == nil)
    }

    @Test(arguments: ["runs=0", "runs=2.5", "warmup=-1", "runs=many"])
    func badCountsNameTheLine(attribute: String) {
        #expect {
            try parse("python run \(attribute)")
        } throws: { error in
            let error = error as? SitegenError
            return error?.location == SourceLocation(file: "page.md", line: 3)
                && error?.description.contains("whole number") == true
        }
    }

    @Test func buildOptionsCheckCounts() {
        #expect(throws: SitegenError.self) { try BuildOptions(runs: 0).validate() }
        #expect(throws: SitegenError.self) { try BuildOptions(warmup: -1).validate() }
    }
}
