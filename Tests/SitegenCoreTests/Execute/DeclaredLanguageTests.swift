import Foundation
import Testing

@testable import SitegenCore

/// Languages declared only in a test site's `sitegen.yml`, run for real: no Swift change needed.
@Suite struct DeclaredLanguageTests {
    static let hasNode = FileManager.default.isExecutableFile(atPath: "/usr/bin/node")

    private func site(_ page: String, config: String) throws -> SiteFixture {
        let fixture = try SiteFixture(["index.md": page])
        try config.write(toFile: fixture.root + "/sitegen.yml", atomically: true, encoding: .utf8)
        return fixture
    }

    private func record(_ outcome: SiteFixture.Outcome, _ id: String) throws -> [String: Any] {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data((outcome.files["results.json"] ?? "").utf8))
                as? [String: Any])
        let examples = try #require(json["examples"] as? [[String: Any]])
        return try #require(examples.first { $0["id"] as? String == id })
    }

    @Test(.enabled(if: hasNode)) func nodeDeclaredInTheConfigurationRuns() throws {
        let fixture = try site(
            "# Node\n\n```node run id=hello-node\nconsole.log('hi from ' + process.release.name)\nconsole.error('to stderr')\n```\n",
            config: "languages:\n  node:\n    extension: js\n    command: [node, \"{file}\"]\n")
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let example = try record(outcome, "hello-node")
        #expect(example["language"] as? String == "node")
        let lines = try #require(example["lines"] as? [[String: Any]])
        #expect(lines.map { $0["text"] as? String } == ["hi from node", "to stderr"])
        #expect(lines.map { $0["stream"] as? String } == ["stdout", "stderr"])
        #expect(outcome.page.contains("hi from node"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.files["results.json"]!.utf8))
                as? [String: Any])
        let interpreters = (json["machine"] as? [String: Any])?["interpreters"] as? [String: String]
        #expect(
            interpreters?["node"]?.hasPrefix("v") == true, "\(String(describing: interpreters))")
    }

    @Test func aCompiledLanguageDeclaredAsDataIsBuiltOnceThenRun() throws {
        let fixture = try site(
            "# C\n\n```c run id=hello-c\n#include <stdio.h>\nint main(void) { puts(\"compiled C\"); return 0; }\n```\n",
            config:
                "languages:\n  c:\n    extension: c\n    compile: [cc, -O2, \"{file}\", -o, \"{binary}\"]\n    command: [\"{binary}\"]\n"
        )
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let example = try record(outcome, "hello-c")
        let lines = try #require(example["lines"] as? [[String: Any]])
        #expect(lines.map { $0["text"] as? String } == ["compiled C"])
        #expect(outcome.progress.contains { $0.contains("hello-c: compiled with /usr/bin/cc") })
    }

    @Test func anOverriddenPythonCommandKeepsTheSideChannel() throws {
        let fixture = try site(
            "# P\n\n```python run id=utf8\nimport sys\nprint(sys.flags.utf8_mode)\n```\n",
            config: "languages:\n  python:\n    command: [python3, -X, utf8, \"{file}\"]\n")
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let lines = try #require(try record(outcome, "utf8")["lines"] as? [[String: Any]])
        #expect(lines.map { $0["text"] as? String } == ["1"])
        #expect(lines.first?["thread"] as? String == "MainThread")
    }

    @Test func anUndeclaredLanguageSaysWhereToDeclareIt() throws {
        let fixture = try SiteFixture(["index.md": "# R\n\n```ruby run\nputs 1\n```\n"])
        let error = try #require(fixture.build().error)
        #expect(error.description.hasPrefix("index.md:3: cannot run 'ruby' examples"))
        #expect(error.description.contains("declare 'ruby' under languages: in sitegen.yml"))
    }

    @Test func aBrokenConfigurationStopsTheBuildAtItsLine() throws {
        let fixture = try site(
            "# P\n", config: "environments:\n  - id: a\n    cpu: 0\n")
        let error = try #require(fixture.build().error)
        #expect(error.description.hasPrefix(fixture.root + "/sitegen.yml:3: unknown key 'cpu'"))
    }
}
