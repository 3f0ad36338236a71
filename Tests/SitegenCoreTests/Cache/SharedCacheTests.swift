import Foundation
import Testing

@testable import SitegenCore

/// One cache folder shared by several sites: a build deletes only entries its own site used.
@Suite struct SharedCacheTests {
    /// A second site, `content-b/`, with examples of its own, built into `site-b/`.
    private func buildB(_ site: CacheSite, runs: Int = 1) throws {
        let options = BuildOptions(
            contentFolder: site.folder.path + "/content-b",
            outputFolder: site.folder.path + "/site-b",
            runs: runs, warmup: 0, cacheFolder: site.cache)
        _ = try SiteBuilder(executor: site.executor, environment: site.environment).build(options)
    }

    private func writeB(_ site: CacheSite) throws {
        try site.folder.write(
            "content-b/index.md",
            "# Other site\n\n```sh run id=other\necho other\n```\n\n```python run id=b\nprint(2)\n```\n"
        )
    }

    @Test func siteABuiltAfterSiteBReusesEveryResult() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try writeB(site)
        try site.build()
        let entriesOfA = Set(site.entries())
        #expect(entriesOfA.count == 2)
        try buildB(site)
        #expect(Set(site.entries()).isSuperset(of: entriesOfA))
        #expect(site.entries().count == 4)

        // Prose edited, so the build is not skipped as up to date: every result is reused.
        try site.folder.write(
            "content/index.md", "# Home, edited\n\nSee [examples](examples.html).\n")
        site.executor.reset()
        let summary = try site.build()
        #expect(site.executor.exampleRuns == 0)
        #expect(summary.reused == 2)
        #expect(site.entries().count == 4)
    }

    @Test func aDraftWithOtherOptionsIntoAnotherOutputKeepsTheSitesResults() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        let entries = Set(site.entries())
        // Same content, other run options, another output: new entries, none of the site's lost.
        var options = BuildOptions(
            contentFolder: site.content, outputFolder: site.folder.path + "/draft", runs: 2,
            warmup: 0, cacheFolder: site.cache)
        options.rerun = .none
        _ = try SiteBuilder(executor: site.executor, environment: site.environment).build(options)
        #expect(Set(site.entries()).isSuperset(of: entries))
        site.executor.reset()
        try site.folder.write(
            "content/index.md", "# Home, edited\n\nSee [examples](examples.html).\n")
        try site.build()
        #expect(site.executor.exampleRuns == 0)
    }

    @Test func aSitePrunesWhatOnlyItUsedAndNoLongerNeeds() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try writeB(site)
        try site.build()
        try buildB(site)
        let before = Set(site.entries())
        try site.folder.write(
            "content/examples.md",
            CacheSite.page.replacingOccurrences(of: "echo hello", with: "echo bye"))
        try site.build()
        let after = Set(site.entries())
        #expect(after.count == 4)
        #expect(before.subtracting(after).count == 1)
        // Site B still builds from the cache alone.
        site.executor.reset()
        try site.folder.write(
            "content-b/index.md",
            "# Other site, edited\n\n```sh run id=other\necho other\n```\n\n```python run id=b\nprint(2)\n```\n"
        )
        try buildB(site)
        #expect(site.executor.exampleRuns == 0)
    }

    @Test func entriesNoSiteListsAreNeverDeleted() throws {
        let site = try CacheSite()
        defer { site.folder.remove() }
        try site.build()
        let stranger = "00000000000000aa.json"
        try site.folder.write("cache/" + stranger, "{}")
        try site.folder.write(
            "content/examples.md",
            CacheSite.page.replacingOccurrences(of: "echo hello", with: "echo bye"))
        try site.build()
        #expect(site.entries().contains(stranger))
    }
}
