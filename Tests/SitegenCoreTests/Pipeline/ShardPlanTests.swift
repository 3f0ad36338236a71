import Testing

@testable import SitegenCore

/// `--shard K/N`: deterministic, balanced by running time, a claim's evidence and a sweep's
/// configurations in one shard.
@Suite struct ShardPlanTests {
    static func example(_ id: String, line: Int) -> Example {
        Example(
            id: id, page: "index.html", language: "sh", code: "echo \(id)",
            location: SourceLocation(file: "index.md", line: line), timeout: 10)
    }

    static let examples = [
        example("a", line: 1), example("b", line: 2), example("c", line: 3),
        example("s@n=1", line: 4), example("s@n=2", line: 4),
        example("d", line: 5),
    ]

    static func claim(_ id: String, _ clause: String) throws -> ClaimDeclaration {
        (try ClaimParser.parse(
            "\(id) statement\nholds if \(clause)\n",
            location: SourceLocation(file: "index.md", line: 9), id: id))
    }

    @Test func parsesKOverN() {
        #expect(ShardPlan("2/3") == ShardPlan("2/3") && ShardPlan("2/3")?.index == 2)
        #expect(ShardPlan("0/3") == nil && ShardPlan("4/3") == nil && ShardPlan("x") == nil)
    }

    @Test func claimEvidenceAndSweepsStayTogether() throws {
        let claims = [
            try Self.claim("ab", "speedup(a over b) > 1"),
            try Self.claim("cs", "wall(c) < wall(s@n=1)"),
        ]
        #expect(
            ShardPlan.units(Self.examples, claims: claims) == [
                ["a", "b"], ["c", "s@n=1", "s@n=2"], ["d"],
            ])
    }

    @Test func balancedAndDeterministic() throws {
        let claims = [try Self.claim("ab", "speedup(a over b) > 1")]
        let weights = ["a": 4.0, "b": 4.0, "c": 5.0, "s@n=1": 1, "s@n=2": 1, "d": 3]
        func shard(_ k: Int) -> Set<String> {
            ShardPlan("\(k)/2")!.select(Self.examples, claims: claims) { weights[$0.id]! }
        }
        // Units, heaviest first: ab 8 → shard 1; c 5 → shard 2; d 3 → shard 2 (8); s 2 → a tie
        // at 8, so the lower shard: shard 1 (10) and shard 2 (8).
        #expect(shard(1) == ["a", "b", "s@n=1", "s@n=2"])
        #expect(shard(2) == ["c", "d"])
        #expect(shard(1).isDisjoint(with: shard(2)))
        #expect(shard(1) == shard(1))
        let three = (1...3).map {
            ShardPlan("\($0)/3")!.select(Self.examples, claims: claims) { weights[$0.id]! }
        }
        #expect(three.reduce(Set<String>()) { $0.union($1) }.count == Self.examples.count)
    }
}
