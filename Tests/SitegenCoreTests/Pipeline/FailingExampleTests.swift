import Foundation
import Testing

@testable import SitegenCore

@Suite("Failing examples")
struct FailingExampleTests {
    static func page(_ fence: String, _ code: String) -> [String: String] {
        ["index.md": "# Failing\n\nSome text.\n\n```\(fence)\n\(code)\n```\n"]
    }

    @Test func nonZeroExitFailsTheBuildWithFileLineAndHint() throws {
        let fixture = try SiteFixture(Self.page("sh run id=boom", "echo about to fail\nexit 3"))
        let outcome = fixture.build()
        let error = try #require(outcome.error)
        #expect(error.location == SourceLocation(file: "index.md", line: 5))
        #expect(error.description.hasPrefix("index.md:5: example 'boom' exited with code 3"))
        #expect(error.description.contains("about to fail"))
        #expect(error.hint.contains("expect=exit:3 or allow-error"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
    }

    @Test func failedBuildKeepsThePreviousSite() throws {
        let fixture = try SiteFixture(Self.page("sh run id=fine", "echo fine"))
        #expect(fixture.build().error == nil)
        let before = fixture.readTree(fixture.output)
        try Data("# Failing\n\n```sh run id=fine\nexit 2\n```\n".utf8)
            .write(to: URL(fileURLWithPath: fixture.content + "/index.md"))
        #expect(fixture.build().error != nil)
        #expect(fixture.readTree(fixture.output) == before)
    }

    @Test(arguments: [
        (
            "sh run id=one expect=exit:1", "exit 1",
            "exited with code 1, as expected (expect=exit:1)"
        ),
        ("sh run id=two allow-error", "exit 7", "exited with code 7, as expected (allow-error)"),
        (
            "sh run id=three expect=signal:9", "kill -9 $$",
            "killed by signal 9, as expected (expect=signal:9)"
        ),
        ("sh run id=four expect=signal:KILL", "kill -KILL $$", "as expected (expect=signal:9)"),
        (
            "sh run id=five expect=timeout timeout=0.2", "sleep 5",
            "timed out (process group killed), as expected"
        ),
    ])
    func declaredFailureBuildsAndThePageSaysSo(fence: String, code: String, shown: String) throws {
        let fixture = try SiteFixture(Self.page(fence, code))
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(outcome.page.contains(shown))
        #expect(outcome.page.contains("class=\"example ok\""))
        #expect(outcome.files["results.json"]?.contains("\"expected\" : true") == true)
    }

    @Test func expectedFailureThatSucceedsFailsTheBuild() throws {
        let fixture = try SiteFixture(Self.page("sh run id=oops expect=exit:1", "echo ok"))
        let error = try #require(fixture.build().error)
        #expect(
            error.description.contains(
                "example 'oops' exited with code 0, but the fence says expect=exit:1"))
        #expect(error.hint.contains("change or remove expect=exit:1"))
    }

    @Test func everyExampleRunsBeforeTheBuildFails() throws {
        let fixture = try SiteFixture([
            "index.md":
                "# Two\n\n```sh run id=first\nexit 1\n```\n\n```sh run id=second\nexit 2\n```\n"
        ])
        let outcome = fixture.build()
        let error = try #require(outcome.error)
        #expect(
            error.description.contains("example 'first' exited with code 1 (and 1 more, above)"))
        #expect(
            outcome.progress.contains {
                $0.contains("index.md:7: example 'second' exited with code 2")
            })
    }

    @Test(arguments: [
        ("expect=exit:x", "expect='exit:x' is not an outcome sitegen knows"),
        ("expect=exit:300", "expect='exit:300' is not an outcome"),
        ("expect=signal:NOPE", "expect='signal:NOPE' is not an outcome"),
        ("expect=sometimes", "expect='sometimes' is not an outcome"),
        ("allow-error=maybe", "allow-error takes no value"),
        ("allow-error expect=exit:1", "both expect= and allow-error"),
    ])
    func malformedExpectationsAreParseErrors(attributes: String, message: String) throws {
        let fixture = try SiteFixture(Self.page("sh run id=x \(attributes)", "exit 1"))
        let error = try #require(fixture.build().error)
        #expect(error.stage == .parse)
        #expect(error.description.hasPrefix("index.md:5: "))
        #expect(error.description.contains(message))
        #expect(!error.hint.isEmpty)
    }

    @Test func expectationParsing() {
        #expect(ExpectedOutcome.parse("exit:1") == .exit(code: 1))
        #expect(ExpectedOutcome.parse("EXIT:255") == .exit(code: 255))
        #expect(ExpectedOutcome.parse("exit:0") == .success)
        #expect(ExpectedOutcome.parse("signal:SIGSEGV") == .signal(11))
        #expect(ExpectedOutcome.parse("signal:15") == .signal(15))
        #expect(ExpectedOutcome.parse("timeout") == .timeout)
        #expect(ExpectedOutcome.parse("exit:") == nil)
        #expect(ExpectedOutcome.parse("exit:-1") == nil)
        #expect(ExpectedOutcome.anything.accepts(.timedOut))
        #expect(!ExpectedOutcome.success.accepts(.signaled(signal: 9)))
    }
}
