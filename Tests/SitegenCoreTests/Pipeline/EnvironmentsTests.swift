import Foundation
import Testing

@testable import SitegenCore

/// Every example runs in every environment of `sitegen.yml`, with its variables, scale, CPU set
/// and interpreters; results are cached per environment and `results.json` (schema 4) lists them.
@Suite struct EnvironmentsTests {
    static let page = """
        # Envs

        ```sh run id=where
        echo "greeting=${GREETING:-none} work=${SITEGEN_SCALE_WORK:-1}"
        grep Cpus_allowed_list /proc/self/status
        ```

        """
    static let config = """
        environments:
          - id: plain
            label: Plain
          - id: tuned
            label: Tuned, one core
            env: { GREETING: hi }
            scale: { WORK: 3 }
            cpus: "0"
            description: The control, on one core.

        """

    private func site(_ config: String, page: String = page) throws -> SiteFixture {
        let fixture = try SiteFixture(["index.md": page])
        try config.write(toFile: fixture.root + "/sitegen.yml", atomically: true, encoding: .utf8)
        return fixture
    }

    private func json(_ outcome: SiteFixture.Outcome) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data((outcome.files["results.json"] ?? "").utf8))
                as? [String: Any])
    }

    private func texts(_ record: [String: Any]) -> [String] {
        ((record["lines"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
    }

    @Test func everyExampleRunsInEveryEnvironment() throws {
        let fixture = try site(Self.config)
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let results = try json(outcome)
        #expect(results["schema"] as? Int == 4)
        let environments = try #require(results["environments"] as? [[String: Any]])
        #expect(environments.map { $0["id"] as? String } == ["plain", "tuned"])
        #expect(environments.map { $0["label"] as? String } == ["Plain", "Tuned, one core"])
        #expect(environments[1]["cpus"] as? String == "0")
        #expect(environments[1]["scale"] as? [String: String] == ["WORK": "3"])
        #expect(environments[1]["env"] as? [String: String] == ["GREETING": "hi"])
        #expect((environments[1]["machine"] as? [String: Any])?["cores_available"] as? Int == 1)
        #expect(environments[0]["interpreters"] as? [String: String] == ["sh": "POSIX sh"])
        let examples = try #require(results["examples"] as? [[String: Any]])
        #expect(examples.map { $0["environment"] as? String } == ["plain", "tuned"])
        #expect(examples.map { $0["id"] as? String } == ["where", "where"])
        #expect(texts(examples[0]).first == "greeting=none work=1")
        #expect(texts(examples[1]) == ["greeting=hi work=3", "Cpus_allowed_list:\t0"])
        // The page shows the main environment's run in full, then each other environment in one
        // line, labelled with what it changed, that folds its run.
        let columns = try #require(
            outcome.page.range(of: "<div class=\"environments\" role=\"group\"").map {
                String(outcome.page[$0.lowerBound...])
            })
        let plain = try #require(outcome.page.range(of: "greeting=none work=1"))
        let tuned = try #require(columns.range(of: "greeting=hi work=3"))
        #expect(
            plain.upperBound
                < outcome.page.range(of: "<div class=\"environments\" role=\"group\"")!.lowerBound)
        #expect(columns.distance(from: columns.startIndex, to: tuned.lowerBound) > 0)
        #expect(outcome.page.contains(">Output on Plain, as a terminal showed it</h"))
        #expect(
            columns.contains(
                "<details class=\"environment-detail\"><summary><strong>Tuned, one core</strong> (work × 3; pinned to CPU 0 (1 core)): ✓ "
            ))
        #expect(
            columns.contains(" cores busy</summary><p class=\"environment-label\"><strong>Tuned"))
        #expect(outcome.page.components(separatedBy: "Output, as a terminal showed it").count == 2)
        // The first page that shows them says where the examples ran, with each description.
        let box = try #require(
            outcome.page.range(of: "<aside class=\"environments-box\"").map {
                String(outcome.page[$0.lowerBound...].prefix(1500))
            })
        #expect(box.contains("<dt>Tuned, one core</dt><dd>POSIX sh"))
        #expect(box.contains("work × 3; pinned to CPU 0 (1 core). The control, on one core.</dd>"))
        // Each environment keeps its own machine card.
        #expect(outcome.page.contains("<summary>Measured in the environment Plain</summary>"))
        #expect(
            outcome.page.contains("<summary>Measured in the environment Tuned, one core</summary>"))
        #expect(outcome.progress.contains { $0.hasPrefix("[tuned] [1/1] where: running") })
    }

    @Test func withoutAConfigurationThereIsOneDefaultEnvironment() throws {
        let fixture = try SiteFixture(["index.md": Self.page])
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let results = try json(outcome)
        let environments = try #require(results["environments"] as? [[String: Any]])
        #expect(environments.map { $0["id"] as? String } == ["default"])
        let examples = try #require(results["examples"] as? [[String: Any]])
        #expect(examples.map { $0["environment"] as? String } == ["default"])
        #expect(!outcome.progress.contains { $0.hasPrefix("[default]") })
    }

    @Test func resultsAreCachedPerEnvironment() throws {
        let fixture = try site(Self.config)
        let cache = fixture.root + "/cache"
        let lines = LockedLines()
        func build() throws {
            let builder = SiteBuilder(
                environment: fixture.environment(), progress: { lines.append($0) })
            var options = BuildOptions(
                contentFolder: fixture.content, outputFolder: fixture.output, runs: 1, warmup: 0,
                cacheFolder: cache)
            options.rerun = .none
            _ = try builder.build(options)
        }
        try build()
        #expect(lines.all.filter { $0.contains("where: running") }.count == 2)
        try fixture.write(["index.md": Array((Self.page + "More prose.\n").utf8)])
        try build()
        #expect(lines.all.filter { $0.contains("where: running") }.count == 2)
        #expect(lines.all.contains("[tuned] 1 of 1 examples reused from \(cache)/"))
        try Self.config.replacingOccurrences(of: "GREETING: hi", with: "GREETING: hello")
            .write(toFile: fixture.root + "/sitegen.yml", atomically: true, encoding: .utf8)
        try build()
        let runs = lines.all.filter { $0.contains("where: running") }
        #expect(runs.count == 3 && runs.last?.hasPrefix("[tuned]") == true)
    }

    @Test(.enabled(if: PythonFixture.pypy != nil)) func anEnvironmentChoosesItsPython() throws {
        let fixture = try site(
            "environments:\n  - id: cpython\n  - id: pypy\n    label: PyPy\n    python: pypy3\n",
            page:
                "# P\n\n```python run id=impl\nimport platform\nprint(platform.python_implementation())\n```\n"
        )
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let results = try json(outcome)
        let examples = try #require(results["examples"] as? [[String: Any]])
        #expect(examples.map { texts($0) } == [["CPython"], ["PyPy"]])
        let lines = try #require(examples[1]["lines"] as? [[String: Any]])
        #expect(lines.first?["thread"] as? String == "MainThread")
        let environments = try #require(results["environments"] as? [[String: Any]])
        let python = (environments[1]["machine"] as? [String: Any])?["python"] as? [String: Any]
        #expect(python?["implementation"] as? String == "PyPy")
        #expect(python?["free_threaded"] as? Bool == false)
    }

    @Test func aFailureInOneEnvironmentNamesIt() throws {
        let fixture = try site(
            Self.config,
            page: "# F\n\n```sh run id=picky\n[ -z \"$GREETING\" ]\n```\n")
        let error = try #require(fixture.build().error)
        #expect(error.description.contains("example 'picky' exited with code 1"))
        #expect(error.description.contains("in environment 'tuned'"))
    }

    @Test func anEnvironmentCanRunASubsetOfTheExamples() throws {
        let page = """
            # Two

            ```sh run id=first
            echo one
            ```

            ```sh run id=sweep params="n=1,2"
            echo "n=$SITEGEN_PARAM_N"
            ```

            """
        let fixture = try site(
            "environments:\n  - id: all\n  - id: some\n    examples: [sweep]\n", page: page)
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let examples = try #require(try json(outcome)["examples"] as? [[String: Any]])
        #expect(
            examples.map { "\($0["environment"]!)/\($0["id"]!)" } == [
                "all/first", "all/sweep@n=1", "all/sweep@n=2", "some/sweep@n=1", "some/sweep@n=2",
            ])
        let typo = try site("environments:\n  - id: x\n    examples: [frist]\n", page: page)
        let error = try #require(typo.build().error)
        #expect(
            error.description.contains(
                "environment 'x' lists examples the site does not have: frist"))
    }

    @Test func aMissingInterpreterNamesItsEnvironment() throws {
        let fixture = try site(
            "environments:\n  - id: here\n  - id: gone\n    python: no-such-python3\n",
            page: "# P\n\n```python run id=p\nprint(1)\n```\n")
        let error = try #require(fixture.build().error)
        #expect(
            error.description
                == "index.md:3: the interpreter 'no-such-python3' was not found on PATH (environment 'gone') — install it (apt-get install no-such-python3, or change 'python:' of this environment in sitegen.yml) or put it on PATH"
        )
    }

    @Test func cpusThisMachineDoesNotHaveStopTheBuild() throws {
        let fixture = try site("environments:\n  - id: big\n    cpus: 0-4095\n")
        let error = try #require(fixture.build().error)
        #expect(error.description.contains("environment 'big' asks for CPUs 0-4095"))
    }

    @Test func claimsAreDecidedInEachEnvironment() throws {
        guard (CPUPinning.allowed()?.cpus.count ?? 0) >= 2 else { return }
        let page = """
            # Claims

            ```sh run id=quick
            echo quick
            ```

            ```sh run id=other
            echo other
            ```

            ```claim id=quick-is-quick
            The quick example finishes within a minute.
            require cores >= 2
            holds if wall(quick) < 60s
            ```

            ```claim id=both
            Both finish within a minute.
            holds if wall(other) < 60s
            holds if wall(quick) < 60s
            ```

            [](claim:quick-is-quick)

            ```chart kind=comparison examples="quick,other" title="Quick and other"
            ```

            ```claims
            ```

            """
        let fixture = try site(
            Self.config + "  - id: part\n    label: Part\n    examples: [quick]\n", page: page)
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let claims = try #require(try json(outcome)["claims"] as? [[String: Any]])
        let verdicts = try #require(claims[0]["verdicts"] as? [[String: Any]])
        #expect(verdicts.map { $0["environment"] as? String } == ["plain", "tuned", "part"])
        #expect(verdicts.map { $0["verdict"] as? String } == ["holds", "inconclusive", "holds"])
        #expect((verdicts[1]["reason"] as? String)?.hasPrefix("Only 1 core was available") == true)
        #expect(claims[0]["verdict"] as? String == "holds")
        #expect(
            claims[0]["summary"] as? String
                == "holds on Plain · inconclusive on Tuned, one core · holds on Part")
        // 'part' did not run 'other': it has no verdict for the claim that compares it.
        let both = try #require(claims[1]["verdicts"] as? [[String: Any]])
        #expect(both.map { $0["environment"] as? String } == ["plain", "tuned"])
        #expect(outcome.progress.contains("claim quick-is-quick [tuned]: inconclusive"))
        #expect(
            outcome.progress.contains(
                "claim both [part]: no verdict (not all of its evidence ran in this environment)"))
        #expect(
            outcome.progress.contains(
                "claim quick-is-quick: holds (holds on Plain · inconclusive on Tuned, one core · holds on Part)"
            ))
        // The card and the table say it in one sentence over every environment, then why the
        // one that decided differently did; the badge says the overall verdict.
        #expect(
            outcome.page.contains(
                "<p class=\"verdict-sentence\">Holds on Plain and Part; could not be decided on Tuned, one core.</p>"
            ))
        #expect(
            outcome.page.contains(
                "<ul class=\"claim-verdicts\"><li><strong>Tuned, one core:</strong> Only 1 core was available"
            ))
        #expect(outcome.page.contains("measured: holds</a>"))
        // The chart: the main environment's panel in full, each other one folded behind a line
        // that says what it found, each drawing what ran there.
        let figure = try #require(
            outcome.page.range(of: "<figure class=\"chart environment-panels\"").map {
                String(outcome.page[$0.lowerBound...].prefix { $0 != "\u{0}" })
            })
        #expect(
            figure.contains(
                "Drawn for Plain; the other environments' panels fold below it, on the same axes."
            ))
        #expect(
            figure.contains(
                "<details class=\"environment-panel\"><summary><strong>Tuned, one core</strong> (work × 3; pinned to CPU 0 (1 core)): against quick: other "
            ))
        // Each panel drawn wide and narrow.
        #expect(figure.components(separatedBy: "<svg").count == 7)
        #expect(
            figure.contains(
                "<summary><strong>Part</strong></summary><p class=\"environment-note\">Not run in this environment: other.</p>"
            ))
    }
}
