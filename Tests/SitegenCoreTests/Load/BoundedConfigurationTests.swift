import Foundation
import Testing

@testable import SitegenCore

/// Configuration and front matter that would exhaust the machine, or reach the examples as
/// nonsense, are refused at their line (issue 21).
@Suite("Load: bounded configuration")
struct BoundedConfigurationTests {
    /// Nine anchors, each a list of nine aliases of the one before: ~460 bytes for 9⁹ values.
    static func aliasBomb(depth: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...depth {
            let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func error(_ yaml: String) -> String {
        do {
            _ = try SiteConfiguration.parse(yaml, file: "sitegen.yml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func anAliasBombIsRefusedAtOnceInTheConfigurationAndInFrontMatter() throws {
        let clock = ContinuousClock()
        var message = ""
        let elapsed = clock.measure { message = error(Self.aliasBomb(depth: 9)) }
        #expect(message.hasPrefix("sitegen.yml:"))
        #expect(message.contains("more than 100000 values once its aliases (*name) are expanded"))
        #expect(elapsed < .seconds(2), "\(elapsed)")

        var frontMatter: FrontMatter.Failure?
        let parsed = clock.measure {
            do {
                _ = try FrontMatter.parse(
                    "---\n" + Self.aliasBomb(depth: 9) + "title: x\n---\n# A\n")
            } catch {
                frontMatter = error as? FrontMatter.Failure
            }
        }
        guard case .invalid(let line, let problem, _) = frontMatter else {
            Issue.record("not refused: \(String(describing: frontMatter))")
            return
        }
        #expect(line >= 2)
        #expect(problem.contains("aliases (*name)"))
        #expect(parsed < .seconds(2), "\(parsed)")
        // A few aliases expand to a few values: not refused for that.
        #expect(!error(Self.aliasBomb(depth: 2)).contains("aliases"))
    }

    @Test(arguments: ["lots", "<b>2</b>", "1e999", "nan", "-3", "0", "inf", "2e6", "0x10", ".5"])
    func aScaleThatIsNotAPositiveNumberIsRefusedAtItsLine(value: String) {
        let message = error(
            """
            environments:
              - id: big
                scale:
                  WORK: "\(value)"
            """)
        #expect(
            message.hasPrefix(
                "sitegen.yml:4: scale WORK '\(value)' is not a positive number up to 1000000"),
            "\(message)")
        #expect(message.contains("e.g. WORK: 10"))
    }

    @Test func plainScalesAreKept() throws {
        let config = try SiteConfiguration.parse(
            "environments:\n  - id: big\n    scale: { WORK: 20, SIZE: 0.5 }\n", file: "sitegen.yml")
        #expect(config.environments[0].scale == ["WORK": "20", "SIZE": "0.5"])
    }

    @Test func aCPUTheMachineLacksIsAnErrorAtTheCpusLine() throws {
        let config = try SiteConfiguration.parse(
            "environments:\n  - id: default\n  - id: pinned\n    label: far\n    cpus: \"99\"\n",
            file: "sitegen.yml")
        #expect(config.cpusLines == ["pinned": 5])
        guard CPUPinning.taskset != nil, let allowed = CPUPinning.allowed(),
            !allowed.cpus.contains(99)
        else { return }
        #expect(throws: SitegenError.self) { try SiteBuilder.check(config) }
        do {
            try SiteBuilder.check(config)
        } catch {
            #expect("\(error)".hasPrefix("sitegen.yml:5: environment 'pinned' asks for CPUs 99"))
        }
    }

    @Test func shardCountsBeyondAMatrixAreRefused() {
        #expect(ShardPlan("1/9223372036854775807") == nil)
        #expect(ShardPlan("1/4000000000") == nil)
        #expect(ShardPlan("256/256") != nil)
        #expect(ShardPlan("3/257") == nil)
    }

    @Test func claimNumbersOutsideTheirRangeAreRefused() {
        let location = SourceLocation(file: "page.md", line: 9)
        #expect(throws: SitegenError.self) {
            try ClaimParser.number("-2", for: .speedup("a", over: "b"), at: location)
        }
        #expect(throws: SitegenError.self) {
            try ClaimParser.requirement("cores >= 1e9", at: location)
        }
        #expect(throws: SitegenError.self) {
            try ClaimParser.requirement("cores >= 1.5", at: location)
        }
        #expect((try? ClaimParser.requirement("cores >= 2", at: location))?.value == 2)
        #expect((try? ClaimParser.number("-2", for: .result("x", key: "k"), at: location)) == -2)
    }
}
