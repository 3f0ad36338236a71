import Foundation
import Testing

@testable import SitegenCore

/// `sitegen init`: a new author's first minute, with the built binary.
@Suite("CLI: sitegen init")
struct InitTests {
    /// `sitegen init DIR`, then the build command it prints, run in DIR.
    static let built: (initRun: SitegenBinary.Run, buildRun: SitegenBinary.Run, page: String) = {
        let fixture = try! SiteFixture([:])
        let initRun = try! SitegenBinary.run(
            ["init", "notes"], environment: fixture.environment(), folder: fixture.root)
        let buildRun = try! SitegenBinary.run(
            ["build"], environment: fixture.environment(), folder: fixture.root + "/notes")
        let page =
            (try? String(contentsOfFile: fixture.root + "/notes/site/index.html", encoding: .utf8))
            ?? ""
        return (initRun, buildRun, page)
    }()

    @Test func initWritesAPageAndTheBuildItSuggestsSucceeds() {
        #expect(Self.built.initRun.status == 0, "\(Self.built.initRun.stderr)")
        #expect(Self.built.initRun.stderr.contains("created notes/content/index.md"))
        #expect(Self.built.buildRun.status == 0, "\(Self.built.buildRun.stderr)")
        #expect(Self.built.page.contains("id=\"example-wait-sequential\""))
        #expect(Self.built.page.contains("id=\"example-wait-threads\""))
        #expect(Self.built.page.contains("<svg"))  // the chart
        #expect(Self.built.page.contains("<span class=\"ansi-fg-2\">done</span>"))
        // A first build measured everything: nothing on the page came from the cache.
        #expect(!Self.built.page.contains("reused from the build cache"))
    }

    @Test
    func theClaimGetsAVerdict() {
        #expect(Self.built.page.contains("id=\"claim-threads-overlap-waits\""))
        #expect(
            Self.built.page.contains("verdict-holds") || Self.built.page.contains("verdict-fails")
                || Self.built.page.contains("verdict-inconclusive"))
        // It holds on a quiet machine; a loaded one may leave it inconclusive, never "fails".
        let stderr = Self.built.buildRun.stderr
        #expect(
            stderr.contains("claim threads-overlap-waits: holds")
                || stderr.contains("claim threads-overlap-waits: inconclusive"), "\(stderr)")
    }

    @Test func initNeverWritesOverAFile() throws {
        let fixture = try SiteFixture(["index.md": "# Mine\n"])
        let run = try SitegenBinary.run(
            ["init", "."], environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "error: ./content/index.md: already exists; sitegen init never writes over a file"))
        #expect(
            try String(contentsOfFile: fixture.content + "/index.md", encoding: .utf8) == "# Mine\n"
        )
    }
}
