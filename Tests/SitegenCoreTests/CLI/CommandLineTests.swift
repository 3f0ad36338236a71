import Foundation
import Testing

@testable import SitegenCore

/// Every command's errors reach the terminal one way: `sitegen: error: …` on stderr, exit 64 with
/// the usage for bad arguments (checked in `validate()`), exit 1 for failures at run time. The
/// commands share their options (`@OptionGroup`).
@Suite struct CommandLineTests {
    /// Lines of stderr that report an error, whatever their prefix.
    static func errorLines(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.lowercased().contains("error:") }
    }

    static func expectOneErrorLine(_ run: SitegenBinary.Run, _ message: String) {
        let lines = errorLines(run.stderr)
        #expect(lines.count == 1, "\(run.stderr)")
        #expect(lines.first?.hasPrefix("sitegen: error: ") == true, "\(run.stderr)")
        #expect(lines.first?.contains(message) == true, "\(run.stderr)")
    }

    @Test(arguments: [
        (["--runs", "0"], "--runs must be at least 1, not 0 — pass e.g. --runs 5"),
        (["build", "--warmup=-1"], "--warmup must be 0 or more"),
        (["measure", "--runs", "0"], "--runs must be at least 1"),
        (["serve", "--runs", "0"], "--runs must be at least 1"),
        (["serve", "--budget", "0"], "--budget must be a positive number of seconds"),
        (
            ["serve", "--config", "missing.yml"],
            "missing.yml: the configuration file does not exist"
        ),
        (["measure", "--shard", "4/3"], "--shard 4/3: write K/N with 1 ≤ K ≤ N"),
        (["--bogus"], "Unknown option '--bogus'"),
        (["merge"], "Missing expected argument"),
        (["merge", "a.json", "--runs", "2"], "Unknown option '--runs'"),
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let run = try SitegenBinary.run(
            arguments + ["--content", fixture.content], environment: fixture.environment(),
            folder: fixture.root)
        #expect(run.status == 64, "\(run.stderr)")
        Self.expectOneErrorLine(run, message)
        #expect(run.stderr.contains("Usage: sitegen"))
        #expect(!run.stderr.contains("Error:"))
    }

    @Test func aFailureAtRunTimeIsOneLineWithTheFileAndWhatToDo() throws {
        let fixture = try SiteFixture([
            "index.md": "# Hi\n\n```sh run id=x timeout=soon\necho\n```\n"
        ])
        let run = try SitegenBinary.run(
            ["--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        Self.expectOneErrorLine(run, "index.md:3: timeout must be a positive number of seconds")
        #expect(!run.stderr.contains("Usage:"))
    }

    @Test func mergeRefusesASchemaItDoesNotReadThroughTheSamePrinter() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let file = fixture.root + "/future.json"
        try Data(#"{"schema": 999, "generator": "sitegen 9.0.0"}"#.utf8).write(
            to: URL(fileURLWithPath: file))
        let run = try SitegenBinary.run(
            ["merge", file, "--content", fixture.content, "--output", fixture.output],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        Self.expectOneErrorLine(
            run,
            "\(file): is a results.json of schema 999 (sitegen 9.0.0); this sitegen (sitegen \(SiteBuilder.version)) reads schema 4 only"
        )
    }

    @Test func initRefusesAFileAsItsFolder() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let run = try SitegenBinary.run(
            ["init", fixture.content + "/index.md"], environment: fixture.environment(),
            folder: fixture.root)
        #expect(run.status == 64)
        Self.expectOneErrorLine(run, "is a file, not a folder")
    }

    /// The refused cache is `.sitegen-cache` itself (inside the content folder `.`): the hint
    /// names another folder, one that the check accepts.
    @Test func theCacheHintNeverSuggestsTheRefusedPath() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let run = try SitegenBinary.run(
            ["--content", ".", "--output", fixture.root + "/../site-\(UUID().uuidString)"],
            environment: fixture.environment(), folder: fixture.content)
        #expect(run.status == 64)
        Self.expectOneErrorLine(run, ".sitegen-cache: the cache folder is inside")
        #expect(run.stderr.contains("e.g. --cache ../.sitegen-cache"))
        #expect(!run.stderr.contains("e.g. .sitegen-cache"))
    }

    @Test func theSuggestedCachePassesTheCheck() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let content = fixture.content
        let output = fixture.root + "/site"
        let refused = BuildOptions(
            contentFolder: content, outputFolder: output, cacheFolder: content + "/.sitegen-cache")
        #expect(throws: SitegenError.self) { try refused.validate() }
        let suggestion = try #require(
            BuildOptions.cacheOutside(
                content: BuildOptions.absolute(content), output: BuildOptions.absolute(output)))
        var accepted = refused
        accepted.cacheFolder = suggestion
        try accepted.validate()
    }

    /// `serve` takes `build`'s options that make sense for a preview; every command that reads a
    /// site takes the same `--content`, `--cache` and `--config`.
    @Test func commandsShareTheirOptions() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        func help(_ command: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: SitegenBinary.path)
            process.arguments = [command, "--help"]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.currentDirectoryURL = URL(fileURLWithPath: fixture.root)
            try process.run()
            let text = String(
                decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }
        let site = ["--content", "--cache", "--config"]
        let measuring = ["--runs", "--warmup", "--decision", "--schedule", "--budget"]
        let build = try help("build")
        let serve = try help("serve")
        for option in site + measuring + ["--no-exec"] {
            #expect(build.contains(option + " "), "build \(option)")
            #expect(serve.contains(option + " "), "serve \(option)")
        }
        #expect(build.contains("--rerun"))
        #expect(!serve.contains("--rerun"))
        let measure = try help("measure")
        for option in site + measuring + ["--rerun", "--no-exec", "--shard", "--environment"] {
            #expect(measure.contains(option + " "), "measure \(option)")
        }
        let merge = try help("merge")
        for option in site + ["--output", "--force"] {
            #expect(merge.contains(option + " "), "merge \(option)")
        }
    }
}
