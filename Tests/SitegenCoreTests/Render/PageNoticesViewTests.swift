import Testing

@testable import SitegenCore

/// A page carries at most one notice per kind of warning, naming the examples it concerns, above
/// its first example; no example repeats it in a box of its own.
@Suite struct PageNoticesViewTests {
    static func page(_ results: [ExampleResult]) throws -> String {
        let site = try SiteParser.parse([
            ContentFile(relativePath: "page.md", text: ReaderClarityTests.content)
        ])
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64", interpreters: [:],
            coresAvailable: 2)
        let files = try SiteRenderer.render(
            site: site, results: results, machine: machine, generator: "sitegen test")
        return String(decoding: files["page.html"]!, as: UTF8.self)
    }

    @Test func oneNoticePerKindNamesEveryExampleItConcerns() throws {
        var results = ReaderClarityTests.results()
        results[1] = results[1].with(warnings: [
            .unstable(fraction: 0.26), .preempted(perCPUSecond: 80),
        ])
        results[2] = results[2].with(warnings: [.unstable(fraction: 0.12)])
        let page = try Self.page(results)
        for kind in ["unstable", "machine-noise", "outliers", "too_short", "fewer_cores"] {
            #expect(page.components(separatedBy: "data-kind=\"\(kind)\"").count == 2, "\(kind)")
        }
        let unstable = try #require(
            page.range(of: "<li class=\"warning\" data-kind=\"unstable\">").map {
                String(page[$0.upperBound...].prefix(while: { $0 != "\n" || true }).prefix(900))
            })
        #expect(unstable.hasPrefix("Running times varied by 12–26 % between runs"))
        for id in ["workers", "seq", "thr"] {
            #expect(unstable.contains("<code>\(id)</code>"), "\(id)")
        }
        // The busy machine (the workers' load, seq's preemption) is one notice too.
        #expect(page.contains("The machine was busy while some of these were measured"))
        // Above the first example.
        let notices = try #require(page.range(of: "page-notices"))
        let example = try #require(page.range(of: "<section class=\"example"))
        #expect(notices.lowerBound < example.lowerBound)
    }
}
