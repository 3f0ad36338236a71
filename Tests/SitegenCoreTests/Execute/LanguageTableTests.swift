import Foundation
import Testing

@testable import SitegenCore

/// The language table: what each built-in entry says, and that shared code reads it (the
/// variables a run gets, highlighting, notebooks, downloads, the machine card) instead of a
/// language's name.
@Suite struct LanguageTableTests {
    private func record(_ outcome: SiteFixture.Outcome, _ id: String) throws -> [String: Any] {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data((outcome.files["results.json"] ?? "").utf8))
                as? [String: Any])
        let examples = try #require(json["examples"] as? [[String: Any]])
        return try #require(examples.first { $0["id"] as? String == id })
    }

    private func texts(_ example: [String: Any]) -> [String?] {
        ((example["lines"] as? [[String: Any]]) ?? []).map { $0["text"] as? String }
    }

    @Test func onlyPythonRunsGetPythonsVariables() throws {
        let fixture = try SiteFixture([
            "index.md": """
            # Variables

            ```sh run id=shell-vars
            echo "${PYTHONUNBUFFERED:-unset} ${PYTHONIOENCODING:-unset}"
            ```

            ```python run id=python-vars
            import os
            print(os.environ.get("PYTHONUNBUFFERED"), os.environ.get("PYTHONIOENCODING"))
            ```
            """
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil, "\(String(describing: outcome.error))")
        #expect(texts(try record(outcome, "shell-vars")) == ["unset unset"])
        #expect(texts(try record(outcome, "python-vars")) == ["1 utf-8"])
    }

    @Test func aliasesNameTheirEntry() {
        #expect(LanguageSpec.named("py")?.name == "python")
        #expect(LanguageSpec.named("python3")?.name == "python")
        #expect(LanguageSpec.named("bash")?.name == "sh")
        #expect(LanguageSpec.named("swift")?.highlighter == .swift)
        #expect(LanguageSpec.named("ruby") == nil)
        #expect(LanguageSpec.named("py")?.notebookKernel?.name == "python3")
        #expect(LanguageSpec.named("sh")?.notebookKernel == nil)
        let declared = ["node": LanguageSpec(name: "node", fileExtension: "js", command: ["node"])]
        #expect(LanguageSpec.named("node", in: declared)?.fileExtension == "js")
        #expect(LanguageSpec.named("py", in: declared) == nil)
    }

    @Test func highlightingAndDownloadsFollowTheEntry() {
        let python = SyntaxHighlighter.nodes("def f(): pass", language: "py")
        #expect(Node.el("code", python).rendered.contains(#"<span class="hl-kw">def</span>"#))
        #expect(SyntaxHighlighter.nodes("def f(): pass", language: "ruby").count == 1)
        func example(_ language: String) -> Example {
            Example(
                id: "e", page: "index.html", language: language, code: "",
                location: SourceLocation(file: "index.md", line: 1), timeout: 5)
        }
        #expect(example("python3").sourceFilePath == "examples/e.py")
        #expect(example("zsh").sourceFilePath == "examples/e.sh")
        #expect(example("node").sourceFilePath == "examples/e.txt")
    }

    @Test func anOverriddenEntryKeepsWhatTheConfigurationCannotSay() throws {
        let configuration = try ConfigurationReader(file: "sitegen.yml").read(
            "languages:\n  python:\n    command: [python3, -X, utf8, \"{file}\"]\n")
        let python = try #require(configuration.languages["python"])
        #expect(python.command == ["python3", "-X", "utf8", "{file}"])
        #expect(python.runtime == .python && python.aliases == ["py", "python3"])
        #expect(python.environment["PYTHONUNBUFFERED"] == "1")
        #expect(python.notebookKernel == LanguageSpec.builtIn["python"]?.notebookKernel)
    }

    @Test func theCardShowsEachInterpretersFactsAsRows() {
        let machine = MachineInfo(
            cores: 2, os: "OS", kernel: "K", architecture: "A", interpreters: [:],
            interpreterFacts: [
                InterpreterFacts(
                    language: "ruby", title: "Ruby interpreter", path: "/usr/bin/ruby",
                    version: "3.1", implementation: "MRI",
                    details: [.init(key: "yjit", label: "YJIT", value: "off", text: "off")])
            ])
        let card = MachineView.node(machine, generator: "g").rendered
        #expect(card.contains("<dt>Ruby interpreter</dt><dd>/usr/bin/ruby (MRI 3.1)</dd>"))
        #expect(card.contains("<dt>YJIT</dt><dd>off</dd>"))
    }

    @Test func pythonsFactsKeepTheirResultsJSONRecord() throws {
        let facts = InterpreterFacts.python(
            path: "/usr/bin/python3", version: "3.13.5t", implementation: "CPython", gil: "off",
            startMethod: "forkserver", freeThreaded: true, cores: 2)
        let record = try #require(MachineRecord.PythonRecord(facts))
        #expect(record.gil == "off" && record.start_method == "forkserver")
        #expect(record.free_threaded == true && record.cores == 2)
        #expect(record.facts == facts)
        let machine = BuildMachine(availableCores: 2, loadBefore: 0, facts: [facts])
        #expect(machine.gil == false && machine.freeThreaded == true)
    }

    @Test func aCardTheCacheStoredWithPythonFactsStillReads() throws {
        let json = """
            {"cores":2,"os":"OS","kernel":"K","architecture":"A","interpreters":{},
             "cpu_model":"","cores_online":2,"cores_available":2,"memory_bytes":0,
             "sitegen_version":"","date":"",
             "python":{"path":"/p","version":"3.11.7","implementation":"CPython","gil":"on",
                       "start_method":"fork","free_threaded":false,"cores":2}}
            """
        let machine = try JSONDecoder().decode(MachineInfo.self, from: Data(json.utf8))
        #expect(machine.interpreterFacts.first?.value("gil") == "on")
        #expect(machine.interpreterFacts.first?.value("start_method") == "fork")
        let again = try JSONDecoder().decode(
            MachineInfo.self, from: try JSONEncoder().encode(machine))
        #expect(again == machine)
    }
}
