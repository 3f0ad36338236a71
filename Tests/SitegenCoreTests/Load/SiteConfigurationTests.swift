import Foundation
import Testing

@testable import SitegenCore

@Suite struct SiteConfigurationTests {
    private func error(_ yaml: String) -> String {
        do {
            _ = try SiteConfiguration.parse(yaml, file: "sitegen.yml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func environmentsAndLanguages() throws {
        let config = try SiteConfiguration.parse(
            """
            # three environments
            environments:
              - id: cpython
                label: CPython
              - id: pypy
                label: "PyPy 3"
                python: pypy3
                scale: { WORK: 10 }
              - id: one-core
                label: CPython, one core
                cpus: 0
                env:
                  PYTHON_GIL: "1"
                examples: [cpu-threads, scale]
            languages:
              node:
                extension: js
                command: [node, "{file}"]
              python:
                command: [python3, -X, dev, "{file}"]
            """, file: "sitegen.yml")
        #expect(config.file == "sitegen.yml")
        #expect(config.environments.map(\.id) == ["cpython", "pypy", "one-core"])
        #expect(config.environments.map(\.label) == ["CPython", "PyPy 3", "CPython, one core"])
        let pypy = config.environments[1]
        #expect(pypy.interpreters == ["python": "pypy3"])
        #expect(pypy.processEnvironment == ["SITEGEN_SCALE_WORK": "10"])
        #expect(config.environments[2].cpus?.cpus == [0])
        #expect(config.environments[2].variables == ["PYTHON_GIL": "1"])
        #expect(config.environments[2].examples == ["cpu-threads", "scale"])
        #expect(config.environments[1].examples == nil)
        #expect(
            config.languages["node"]
                == LanguageSpec(name: "node", fileExtension: "js", command: ["node", "{file}"]))
        // An override keeps what it does not say (the extension) from the built-in language.
        #expect(config.languages["python"]?.fileExtension == "py")
        #expect(config.languages["python"]?.command == ["python3", "-X", "dev", "{file}"])
        #expect(config.languages["swift"] == LanguageSpec.builtIn["swift"])
    }

    @Test func noFileOrAnEmptyOneIsTodaysBehaviour() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", "# Home\n")
        let none = try SiteConfiguration.load(contentFolder: folder.path + "/content")
        #expect(none == .default)
        #expect(none.environments == [.default] && none.languages == LanguageSpec.builtIn)
        try folder.write("sitegen.yml", "# nothing yet\n")
        let empty = try SiteConfiguration.load(contentFolder: folder.path + "/content")
        #expect(empty.environments == [.default] && empty.file == folder.path + "/sitegen.yml")
        try folder.write("other.yml", "environments:\n  - id: only\n")
        let other = try SiteConfiguration.load(
            contentFolder: folder.path + "/content", override: folder.path + "/other.yml")
        #expect(other.environments.map(\.id) == ["only"])
    }

    @Test(
        arguments: [
            (
                "environment:\n  - id: a\n",
                "sitegen.yml:1: unknown key 'environment' — the keys of sitegen.yml are environments, languages"
            ),
            (
                "environments:\n  - id: a\n  - id: a\n",
                "sitegen.yml:3: environment id 'a' is used twice (first on line 2) — give each environment its own id"
            ),
            (
                "environments:\n  - id: a\n    pyhton: pypy3\n",
                "sitegen.yml:3: unknown key 'pyhton' in environment 'a' — an environment's keys are id, label, env, cpus, scale, examples, optional, description, python, sh, swift (a language's name sets its interpreter, e.g. python: pypy3); declare a new language under languages:"
            ),
            (
                "environments:\n  - id: a\n    cpus: 1-0\n",
                "sitegen.yml:3: cpus '1-0' is not a CPU set — write CPU numbers as taskset -c does: cpus: \"0\", \"0-1\" or \"0,2-3\""
            ),
            (
                "environments:\n  id: a\n",
                "sitegen.yml:2: environments must be a list, not a mapping (key: value lines) — write one '- id: NAME' item per environment"
            ),
            (
                "environments:\n  - id: a\n    label: [x]\n",
                "sitegen.yml:3: 'label' must be text, not a list — write it on one line, e.g. label: value"
            ),
            (
                "environments:\n  - label: x\n",
                "sitegen.yml:2: this environment has no id — add 'id: NAME' (letters, digits, - and _)"
            ),
            (
                "languages:\n  node:\n    extension: js\n    extension: mjs\n",
                "sitegen.yml:3: 'extension' is set more than once in the same mapping (first here) — keep one 'extension:' line"
            ),
            (
                "languages:\n  node:\n    command: [node, \"{file}\"]\n",
                "sitegen.yml:2: language 'node' has no extension — add e.g. extension: js (the example's file is example.EXTENSION)"
            ),
            (
                "languages:\n  node:\n    extension: js\n    command: node\n",
                "sitegen.yml:4: 'command' must be a non-empty list of words — write e.g. command: [node, \"{file}\"]"
            ),
            (
                "languages:\n  node:\n    extension: js\n    command: [node]\n",
                "sitegen.yml:2: the command of 'node' names neither {file} nor {binary} — write e.g. command: [node, \"{file}\"], or [\"{binary}\"] with a compile step"
            ),
            (
                "environments:\n  - id: a\n    env: {1X: y}\n",
                "sitegen.yml:3: '1X' is not a variable name — use letters, digits and _ (not starting with a digit), e.g. WORK"
            ),
        ])
    func errorsNameTheFileAndLine(yaml: String, expected: String) {
        #expect(error(yaml) == expected)
    }

    @Test func syntaxErrorsNameTheirLine() {
        let message = error("environments:\n  - id: a\n   label: x\n")
        #expect(message.hasPrefix("sitegen.yml:3: not valid YAML: "), "\(message)")
    }

    @Test func aNewLanguageMakesItsEnvironmentKeyKnown() throws {
        let config = try SiteConfiguration.parse(
            "environments:\n  - id: a\n    node: /opt/node20/bin/node\nlanguages:\n  node:\n    extension: js\n    command: [node, \"{file}\"]\n",
            file: "s.yml")
        #expect(config.environments[0].interpreters == ["node": "/opt/node20/bin/node"])
    }

    @Test(arguments: [("0", [0]), ("0-1", [0, 1]), ("3,0-1", [0, 1, 3]), ("2-2", [2])])
    func cpuSets(text: String, cpus: [Int]) throws {
        let set = try #require(CPUSet(text))
        #expect(set.cpus == cpus)
        #expect(CPUSet(set.description) == set)
    }

    @Test func notCPUSets() {
        for text in ["", "a", "1-", "-1", "2-1", "0,,1"] { #expect(CPUSet(text) == nil, "\(text)") }
    }
}
