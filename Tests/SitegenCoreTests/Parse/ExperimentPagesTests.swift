import Foundation
import Testing

@testable import SitegenCore

/// The experiment pages in `content/` parse, expand their sweeps, and hold every claim's evidence.
@Suite struct ExperimentPagesTests {
    static func site() throws -> SiteParser.Site {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "content")
        return try SiteParser.parse(ContentLoader.load(from: content.path))
    }

    static func examples() throws -> [Example] { try site().examples }

    @Test func theSeedDeclaresItsEightClaimsOnTheExperimentPages() throws {
        let claims = try Self.site().claims
        #expect(
            claims.map(\.id).sorted() == [
                "gil-threads-cpu", "ipc-slower", "processes-better-cpu", "processes-more-memory",
                "processes-own-memory", "processes-parallel-cpu", "shared-memory-races",
                "threads-better-io",
            ])
        #expect(claims.allSatisfy { $0.page.hasPrefix("experiments-") })
        let ids = Set(try Self.examples().map(\.baseID))
        for claim in claims {
            #expect(claim.evidence.allSatisfy(ids.contains), "\(claim.id): \(claim.evidence)")
        }
    }

    @Test func sweepsExpandIntoOneExamplePerConfiguration() throws {
        let examples = try Self.examples()
        let scaling = examples.filter { $0.baseID == "scale-cpu-processes" }
        #expect(scaling.map(\.id) == [1, 2, 4, 8].map { "scale-cpu-processes@workers=\($0)" })
        #expect(
            scaling.map { $0.parameterEnvironment["SITEGEN_PARAM_WORKERS"] } == [
                "1", "2", "4", "8",
            ])
        #expect(examples.filter { $0.baseID.hasPrefix("ipc-") }.count == 9)
    }

    @Test func everyPythonExperimentEndsWithAResultLine() throws {
        for example in try Self.examples()
        where example.page.hasPrefix("experiments-") && example.language == "python" {
            #expect(example.code.contains("print(\"RESULT \" + json.dumps("), "\(example.id)")
        }
    }
}

extension ExperimentPagesTests {
    /// The home page's contents list links every other page of the seed site.
    @Test func homeListsEveryPage() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content")
        let site = try SiteParser.parse(ContentLoader.load(from: content.path))
        let home = try #require(site.pages.first { $0.outputPath == "index.html" })
        let linked = Set(home.links.map(\.target))
        for page in site.pages where page.outputPath != "index.html" {
            #expect(linked.contains(page.outputPath), "index.md does not link \(page.outputPath)")
        }
    }
}
