import Testing

@testable import SitegenCore

/// The Plan stage: each example's run plan in each environment, built once from the options,
/// the configuration and the pages.
@Suite struct BuildPlanTests {
    static let page = """
        # Page

        ```sh run id=a runs=10
        echo a
        ```

        ```sh run id=b warmup=0 timeout=7
        echo b
        ```

        ```sh run id=c
        echo c
        ```

        ```chart kind=comparison examples="a,b" title="A and B"
        ```

        """

    static let site = try! SiteParser.parse([ContentFile(relativePath: "index.md", text: page)])

    static let configuration = SiteConfiguration(
        file: "sitegen.yml",
        environments: [
            EnvironmentSpec(id: "all", label: "All", scale: ["WORK": "3"]),
            EnvironmentSpec(id: "one", label: "One core", cpus: CPUSet("0"), examples: ["b"]),
        ])

    static func plan(_ options: BuildOptions = BuildOptions(runs: 3, warmup: 2)) throws
        -> BuildPlan
    {
        try BuildPlan.make(
            site, configuration, options: options, environment: ["PATH": "/bin"], cores: 2)
    }

    @Test func theFenceWinsOverTheBuildsSettings() throws {
        let runs = try Self.plan().environments[0].runs
        #expect(runs.map(\.example.id) == ["a", "b", "c"])
        #expect(runs.map(\.runs) == [10, 3, 3])
        #expect(runs.map(\.warmup) == [2, 0, 2])
        #expect(runs.map(\.totalRuns) == [12, 3, 5])
        #expect(runs[1].timeout == 7)
    }

    @Test func eachEnvironmentHasItsExamplesCoresAndVariables() throws {
        let plan = try Self.plan()
        #expect(plan.environments.map(\.spec.id) == ["all", "one"])
        #expect(plan.environments.map(\.cores) == [2, 1])
        #expect(plan.environments[1].examples.map(\.id) == ["b"])
        #expect(plan.environments[1].runs[0].cpus == CPUSet("0"))
        #expect(plan.environments[1].runs[0].environment == "one")
        #expect(plan.environments[0].variables["SITEGEN_SCALE_WORK"] == "3")
        #expect(plan.environments[0].variables["PATH"] == "/bin")
    }

    @Test func comparedExamplesShareAGroupUnlessScheduledInBlocks() throws {
        let runs = try Self.plan().environments[0].runs
        #expect(runs[0].group?.ids == ["a", "b"] && runs[1].group == runs[0].group)
        #expect(runs[2].group == nil)
        var options = BuildOptions(runs: 3, warmup: 2)
        options.schedule = .blocks
        let blocks = try Self.plan(options)
        #expect(blocks.groups.isEmpty)
        #expect(blocks.environments[0].runs.allSatisfy { $0.group == nil })
    }

    /// The cache key and the runner read the same plan, so they cannot disagree.
    @Test func theCacheKeyIsMadeFromThePlan() throws {
        let interpreter = Interpreter(
            language: "sh", path: "/bin/sh", version: "", implementation: "POSIX sh",
            arguments: [], sourceFileName: "example.sh")
        let plan = try Self.plan().environments[0].resolved(
            ["sh": interpreter], machine: .current())
        for run in plan.runs {
            let key = try #require(run.cacheKey)
            #expect(key.example.runs == run.runs && key.example.warmup == run.warmup)
            #expect(key.example.timeout == run.timeout && key.interpreter == interpreter)
            #expect(run.interpreter == interpreter)
        }
        // An environment's scale is part of its results' keys.
        #expect(plan.runs[0].cacheKey?.environment != nil)
    }

    @Test func anUnknownEnvironmentIsRefusedNamingTheKnownOnes() throws {
        var options = BuildOptions()
        options.environments = ["two"]
        #expect {
            _ = try Self.plan(options)
        } throws: { error in
            "\(error)".contains("no environment 'two'")
                && "\(error)".contains("use one of: all, one")
        }
    }

    /// `--shard`: examples weighed by the plan's runs and warm-ups, one second per run never
    /// measured: a 12 (runs=10), b 3 + 3 (two environments), c 5. Heaviest first to the
    /// lightest shard: a alone, b and c together. (Weighed by the build's runs alone, a would
    /// weigh 5 and go with c.)
    @Test func shardsAreWeighedByThePlansRuns() throws {
        let plan = try Self.plan()
        let first = plan.shardIDs(ShardPlan("1/2")!, site: Self.site, cache: nil)
        let second = plan.shardIDs(ShardPlan("2/2")!, site: Self.site, cache: nil)
        #expect(first == ["a"] && second == ["b", "c"])
        let shard = plan.only(second)
        #expect(shard.environments.map { $0.examples.map(\.id) } == [["b", "c"], ["b"]])
    }
}
