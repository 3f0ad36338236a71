import Testing

@testable import SitegenCore

@Suite struct CountedTests {
    @Test func oneIsSingularEveryOtherCountPlural() {
        #expect(counted(1, "page") == "1 page")
        #expect(counted(0, "page") == "0 pages")
        #expect(counted(2, "example") == "2 examples")
        #expect(counted(1, "results file") == "1 results file")
        #expect(counted(3, "child", plural: "children") == "3 children")
    }
}
