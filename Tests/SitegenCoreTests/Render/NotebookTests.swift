import Foundation
import Testing

@testable import SitegenCore

/// The page as a Jupyter notebook: prose as Markdown cells, Python examples as code cells with
/// the shown run's output, valid against the nbformat 4.5 schema (PyPI `nbformat`).
@Suite("Notebook download")
struct NotebookTests {
    static let page = """
        ---
        title: Notebook page
        ---

        # Threads

        Some *prose* with a [link](#threads).

        ```python run id=hello
        import sys
        print("hello")
        print("oops", file=sys.stderr)
        ```

        Between the examples.

        ```sh run id=shell
        echo shell
        ```

        ```chart kind=comparison examples="hello,sweep"
        ```

        ```python run id=sweep params="n=1,2"
        import os
        print("n =", os.environ["SITEGEN_PARAM_N"])
        ```

        The end.
        """

    static let built: SiteFixture.Outcome = {
        let fixture = try! SiteFixture(["guide.md": page, "index.md": "# Home\n\nNo examples.\n"])
        return fixture.build()
    }()

    static func notebook() throws -> [String: Any] {
        let text = try #require(built.files["guide.ipynb"])
        return try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func cells() throws -> [[String: Any]] {
        try #require(try notebook()["cells"] as? [[String: Any]])
    }

    @Test func buildSucceedsAndOnlyPagesWithPythonExamplesGetANotebook() {
        #expect(Self.built.error == nil)
        #expect(Self.built.files["guide.ipynb"] != nil)
        #expect(Self.built.files["index.ipynb"] == nil)
    }

    @Test func cellsFollowThePage() throws {
        let cells = try Self.cells()
        #expect(
            cells.map { $0["cell_type"] as? String } == [
                "markdown", "code", "markdown", "code", "markdown",
            ])
        #expect(
            cells[0]["source"] as? String
                == "# Threads\n\nSome *prose* with a [link](#threads).")
        #expect(
            cells[1]["source"] as? String
                == "import sys\nprint(\"hello\")\nprint(\"oops\", file=sys.stderr)")
        // The shell example stays as a Markdown code block; the chart fence is left out.
        #expect(
            cells[2]["source"] as? String
                == "Between the examples.\n\n```sh run id=shell\necho shell\n```")
        #expect(
            (cells[3]["source"] as? String)?.contains(
                "os.environ.setdefault(\"SITEGEN_PARAM_N\", \"2\")") == true)
        #expect(cells[4]["source"] as? String == "The end.")
        #expect(Set(cells.compactMap { $0["id"] as? String }).count == 5)
    }

    @Test func codeCellsCarryTheMeasuredOutput() throws {
        let cells = try Self.cells()
        let outputs = try #require(cells[1]["outputs"] as? [[String: Any]])
        let streams = outputs.map { "\($0["name"] ?? "")=\($0["text"] ?? "")" }.sorted()
        #expect(streams == ["stderr=oops\n", "stdout=hello\n"])
        let sweep = try #require(cells[3]["outputs"] as? [[String: Any]])
        #expect(sweep.first?["text"] as? String == "n = 2\n")
        #expect(cells[1].keys.contains("execution_count"))
    }

    @Test func pageLinksTheNotebookNextToItsPythonExamples() throws {
        let page = try #require(Self.built.files["guide.html"])
        #expect(
            page.contains(
                "<a href=\"guide.ipynb\" download=\"\">page as notebook (guide.ipynb)</a>"))
        // Source and raw-capture downloads stay.
        #expect(page.contains("href=\"examples/hello.py\""))
        #expect(page.contains("href=\"examples/hello.json\""))
    }

    static let nbformatReady: Bool = {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import nbformat"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }()

    @Test(
        .enabled(
            if: nbformatReady,
            "PyPI nbformat is not installed: run `make test` (scripts/ensure-test-deps.sh installs it)"
        ))
    func validatesAgainstTheNbformatSchema() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/guide.ipynb"
        try #require(Self.built.files["guide.ipynb"]).write(
            toFile: path, atomically: true, encoding: .utf8)
        let validate = Process()
        validate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validate.arguments = [
            "python3", "-c",
            "import nbformat, sys; nb = nbformat.read(sys.argv[1], as_version=4); "
                + "nbformat.validate(nb); print(nb.nbformat, nb.nbformat_minor)",
            path,
        ]
        let pipe = Pipe()
        validate.standardOutput = pipe
        validate.standardError = pipe
        try validate.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validate.waitUntilExit()
        #expect(validate.terminationStatus == 0, "\(output)")
        #expect(output.hasPrefix("4 5"))
    }
}
