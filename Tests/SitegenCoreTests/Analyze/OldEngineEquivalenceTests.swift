// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (the snake_case properties here are the JSON names of a file format: results.json, the
// cache, nbformat or a recorded fixture; renaming them would change the format)
import Foundation
import Testing

@testable import SitegenCore

/// The claims engine that replaced `ClaimStatement` + `ClaimChecks` agrees with it on one
/// recorded build of the seed (`Fixtures/seed-old-engine-results.json`: the old engine's
/// results.json, trimmed to the claims' evidence), verdict and numbers, except the two claims
/// corrected in issue 10: `ipc-slower` (now accounts for the Pipe) and `processes-more-memory`
/// (now decided on PSS, as the memory page argues).
@Suite struct OldEngineEquivalenceTests {
    struct Recorded: Decodable {
        struct Machine: Decodable {
            var cores_available: Int
            var load_before: Double
        }
        struct Run: Decodable {
            var wall_s: Double
            var user_s: Double
            var sys_s: Double
            var peak_rss_bytes: Int
            var tree_sampled: Bool
        }
        struct Example: Decodable {
            var id: String
            var page: String
            var parameters: [String: String]
            var runs: [Run]
            var result_lines: [String]
        }
        struct Claim: Decodable {
            var id: String
            var verdict: Verdict
            var reason: String
        }
        var machine: Machine
        var examples: [Example]
        var claims: [Claim]
    }

    static let corrected: Set<String> = ["ipc-slower", "processes-more-memory"]

    static func recorded() throws -> Recorded {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Fixtures/seed-old-engine-results.json")
        return try JSONDecoder().decode(Recorded.self, from: Data(contentsOf: url))
    }

    /// The recorded examples as the Measure stage hands them to Analyze (RESULT lines of the shown
    /// run only: the old engine did not keep every run's).
    static func results(_ recorded: Recorded) -> [ExampleResult] {
        recorded.examples.map { example in
            var result = MeasuredResult.make(
                example.id, walls: example.runs.map(\.wall_s), lines: example.result_lines,
                parameters: example.parameters, page: example.page)
            result = result.with(
                runs: example.runs.map {
                    RunMeasurement(
                        wallSeconds: $0.wall_s, userSeconds: $0.user_s, systemSeconds: $0.sys_s,
                        peakRSSBytes: $0.peak_rss_bytes, treeSampled: $0.tree_sampled)
                })
            return result
        }
    }

    static func newClaims() throws -> (Recorded, [Claim]) {
        let recorded = try recorded()
        let machine = BuildMachine(
            availableCores: recorded.machine.cores_available,
            loadBefore: recorded.machine.load_before)
        let claims = SiteAnalyzer.analyze(
            try SeedClaims.asMigrated(), results: results(recorded), machine: machine)
        return (recorded, claims)
    }

    /// Every number of a reason: "1.20 ± 0.31", "8.48", "2000".
    static func numbers(_ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\d+(\.\d+)?( ± \d+(\.\d+)?)?"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        }
    }

    @Test func sameVerdictsAndNumbersExceptTheTwoCorrectedClaims() throws {
        let (recorded, claims) = try Self.newClaims()
        #expect(Set(claims.map(\.id)) == Set(recorded.claims.map(\.id)))
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
        for old in recorded.claims where !Self.corrected.contains(old.id) {
            let new = try #require(byID[old.id])
            #expect(new.verdict == old.verdict, "\(old.id): \(new.reason)")
            for number in Self.numbers(old.reason) {
                // A speed-up is printed as the estimate its 95 % interval is centred on (as its
                // chart prints it), no longer the old ratio of means: its ± stays.
                let speedup = ["speedup", "as fast"].contains {
                    old.reason.contains("\(number) × \($0)")
                }
                let expected = speedup ? " ± \(number.components(separatedBy: " ± ")[1]) ×" : number
                #expect(
                    new.reason.contains(expected),
                    "\(old.id): '\(expected)' of \"\(old.reason)\" missing in \"\(new.reason)\"")
            }
        }
    }

    @Test func theCorrectedClaimsSayWhatChanged() throws {
        let (_, claims) = try Self.newClaims()
        let ipc = try #require(claims.first { $0.id == "ipc-slower" })
        // The Pipe is part of the evidence and of the reason now.
        #expect(ipc.evidence.contains("ipc-pipe"))
        #expect(ipc.reason.contains("ipc-pipe@size=64 reported elapsed_s"))
        let memory = try #require(claims.first { $0.id == "processes-more-memory" })
        // The recorded build has no PSS of the tree (the old sampler read statm only).
        #expect(memory.verdict == .inconclusive)
        #expect(memory.reason.contains("no PSS figure"))
    }
}
