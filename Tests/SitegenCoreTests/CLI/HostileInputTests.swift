import Foundation
import Testing

@testable import SitegenCore

/// The built binary given configuration, front matter and options meant to exhaust the machine
/// (issue 21): each is refused at once, at its line, with what to write instead.
@Suite("CLI: configuration and options that would exhaust the machine")
struct HostileInputTests {
    @Test(arguments: ["1/9223372036854775807", "1/4000000000", "0/3", "4/3"])
    func aShardOutsideItsRangeIsAUsageError(shard: String) throws {
        let fixture = try SiteFixture(["index.md": "# A\n\n```sh run id=a\necho a\n```\n"])
        let run = try SitegenBinary.run(
            ["measure", "--content", fixture.content, "--shard", shard, "--output", "r.json"],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("write K/N with 1 ≤ K ≤ N ≤ 256"))
    }

    @Test func anAliasBombInSitegenYmlOrFrontMatterFailsAtOnceWithItsLine() throws {
        let bomb = BoundedConfigurationTests.aliasBomb(depth: 9)
        let fixture = try SiteFixture(["index.md": "# A\n"])
        try Data(bomb.utf8).write(to: URL(fileURLWithPath: fixture.root + "/sitegen.yml"))
        let clock = ContinuousClock()
        var run = SitegenBinary.Run(status: 0, stderr: "")
        let configuration = try clock.measure {
            run = try SitegenBinary.run(
                ["build", "--content", fixture.content, "--output", fixture.output],
                environment: fixture.environment(), folder: fixture.root)
        }
        #expect(run.status == 1)
        #expect(run.stderr.contains("sitegen.yml:1: not valid YAML: this document stands for more"))
        #expect(configuration < .seconds(10), "\(configuration)")

        let page = try SiteFixture(["index.md": "---\n" + bomb + "title: A\n---\n# A\n"])
        let frontMatter = try clock.measure {
            run = try SitegenBinary.run(
                ["build", "--content", page.content, "--output", page.output],
                environment: page.environment(), folder: page.root)
        }
        #expect(run.status == 1)
        #expect(run.stderr.contains("index.md:2: the front matter is not valid YAML"))
        #expect(frontMatter < .seconds(10), "\(frontMatter)")
    }

    @Test func aScaleThatIsNotANumberNeverReachesAnExample() throws {
        let fixture = try SiteFixture([
            "index.md": "# A\n\n```sh run id=a\necho \"scale=$SITEGEN_SCALE_WORK\"\n```\n"
        ])
        try Data("environments:\n  - id: big\n    scale: { WORK: lots }\n".utf8).write(
            to: URL(fileURLWithPath: fixture.root + "/sitegen.yml"))
        let run = try SitegenBinary.run(
            ["build", "--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("sitegen.yml:3: scale WORK 'lots' is not a positive number"))
        #expect(!FileTree.exists(fixture.output))
    }
}
