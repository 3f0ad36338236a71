import Foundation
import Testing

@testable import SitegenCore

/// An environment may list several interpreters (the first that works is used) and be
/// `optional`: where none works it is "not available on this machine", and the build neither
/// fails nor runs anything of it. With a real free-threaded CPython it runs side by side.
@Suite struct FreeThreadedEnvironmentTests {
    static let page = "# P\n\n```python run id=impl\nimport sys\nprint(sys.version_info[0])\n```\n"

    private func site(_ config: String, page: String = page) throws -> SiteFixture {
        let fixture = try SiteFixture(["index.md": page])
        try config.write(toFile: fixture.root + "/sitegen.yml", atomically: true, encoding: .utf8)
        return fixture
    }

    private func examples(_ outcome: SiteFixture.Outcome) throws -> [[String: Any]] {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data((outcome.files["results.json"] ?? "").utf8))
                as? [String: Any])
        return try #require(json["examples"] as? [[String: Any]])
    }

    @Test func aListOfInterpretersAndOptionalAreRead() throws {
        let config = try SiteConfiguration.parse(
            """
            environments:
              - id: ft
                python: [python3.14t, python3.13t, ~/.cache/free-threaded-python/bin/python3.13t]
                optional: true
              - id: plain

            """, file: "sitegen.yml")
        let ft = config.environments[0]
        #expect(ft.interpreters == ["python": "python3.14t"])
        #expect(
            ft.candidates == [
                "python": [
                    "python3.14t", "python3.13t", "~/.cache/free-threaded-python/bin/python3.13t",
                ]
            ])
        #expect(ft.optional)
        #expect(!config.environments[1].optional)
        #expect(config.environments[1].candidates.isEmpty)
        #expect(
            EnvironmentAvailability.expandingHome("~/x/python3.13t", ["HOME": "/home/u"])
                == "/home/u/x/python3.13t")
        #expect(throws: SitegenError.self) {
            try SiteConfiguration.parse(
                "environments:\n  - id: a\n    optional: maybe\n", file: "sitegen.yml")
        }
    }

    @Test func anOptionalEnvironmentWithoutItsInterpreterIsNotAvailable() throws {
        let fixture = try site(
            """
            environments:
              - id: cpython
                label: CPython
              - id: ft
                label: CPython, free-threaded
                python: [no-such-python3.14t, /nonexistent/bin/python3.13t]
                optional: true

            """,
            page: Self.page
                + "\n```chart kind=comparison examples=\"impl\" title=\"Start-up\"\n```\n")
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        #expect(try examples(outcome).map { $0["environment"] as? String } == ["cpython"])
        #expect(
            outcome.progress.contains(
                "[ft] not available on this machine: none of no-such-python3.14t, /nonexistent/bin/python3.13t was found or could be run; its examples do not run — install the interpreter, or list its path under 'python' of this environment in sitegen.yml"
            ), "\(outcome.progress)")
        #expect(
            outcome.page.contains(
                "<p class=\"environment-note\">Not drawn for CPython, free-threaded: not available on this machine (no interpreter for it was found).</p>"
            ))
        // Nothing of it was attempted.
        #expect(!outcome.progress.contains { $0.hasPrefix("[ft] ") && $0.contains("impl") })
        #expect(
            outcome.page.contains(
                "<summary>The environment CPython, free-threaded: not available on this machine</summary>"
            ))
        #expect(
            outcome.page.contains(
                "Its examples did not run in this build, and no claim was decided in it: none of no-such-python3.14t, /nonexistent/bin/python3.13t was found or could be run."
            ))
    }

    @Test func theFirstInterpreterThatWorksIsUsed() throws {
        let fixture = try site(
            "environments:\n  - id: listed\n    python: [no-such-python3, python3]\n")
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let found = try examples(outcome)
        #expect(found.count == 1)
        #expect((found[0]["lines"] as? [[String: Any]])?.first?["text"] as? String == "3")
    }

    @Test func aRequiredEnvironmentWithoutAnyOfItsInterpretersFails() throws {
        let fixture = try site(
            "environments:\n  - id: ft\n    python: [no-such-python3.14t, no-such-python3.13t]\n")
        let error = try #require(fixture.build().error)
        #expect(
            error.description
                == "index.md:3: none of the interpreters of environment 'ft' works here (no-such-python3.14t, no-such-python3.13t) — install one of them, or add 'optional: true' to the environment to build without it where it is missing"
        )
    }

    @Test(.enabled(if: PythonFixture.freeThreaded != nil, "needs a free-threaded CPython"))
    func aFreeThreadedCPythonRunsSideBySide() throws {
        let python = try #require(PythonFixture.freeThreaded)
        let fixture = try site(
            """
            environments:
              - id: cpython
              - id: ft
                label: CPython, free-threaded
                python: [no-such-python3.14t, \(python)]
                optional: true

            """,
            page: """
                # T

                ```python run id=gil
                import sys, threading
                def work():
                    print(threading.current_thread().name, getattr(sys, "_is_gil_enabled", lambda: True)())
                t = threading.Thread(target=work, name="Worker")
                t.start(); t.join()
                ```

                """)
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        let found = try examples(outcome)
        #expect(found.map { $0["environment"] as? String } == ["cpython", "ft"])
        let lines = try #require(found[1]["lines"] as? [[String: Any]])
        // The side channel attributes the line to its thread on the free-threaded build too.
        #expect(lines.map { $0["text"] as? String } == ["Worker False"])
        #expect(lines.first?["thread"] as? String == "Worker")
        #expect(outcome.page.contains("<dt>Free-threaded build</dt><dd>yes (Py_GIL_DISABLED)</dd>"))
        #expect(outcome.page.contains("<dt>GIL at run time</dt><dd>off</dd>"))
        #expect(outcome.page.contains("t)</dd>"))
    }
}
