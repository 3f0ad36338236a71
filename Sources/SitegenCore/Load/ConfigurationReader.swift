import Foundation

/// Turns the YAML of `sitegen.yml` into a `SiteConfiguration`, checking every key and type:
/// each problem is an error at its line with what to write instead.
struct ConfigurationReader {
    let file: String

    static let topKeys = ["environments", "languages"]
    static let environmentKeys = [
        "id", "label", "env", "cpus", "scale", "examples", "optional", "description",
    ]
    static let languageKeys = ["extension", "command", "compile", "version"]

    func read(_ text: String) throws -> SiteConfiguration {
        let document: YAMLValue?
        do {
            document = try YAMLValue.parse(text)
        } catch {
            if let key = error.duplicateKey {
                throw fail(
                    error.line, "'\(key)' is set more than once in the same mapping (first here)",
                    "keep one '\(key):' line")
            }
            throw fail(
                error.line, "not valid YAML: \(error.problem)",
                error.hint
                    ?? "fix the YAML at this line (two spaces per level; quote values with ': ' or ' #')"
            )
        }
        guard let document else { return SiteConfiguration(file: file) }
        let top = try mapping(document, "the file", example: "environments:\n  - id: default")
        for entry in top where !Self.topKeys.contains(entry.key) {
            throw fail(
                entry.keyLine, "unknown key '\(entry.key)'",
                "the keys of \(Self.fileName(file)) are \(Self.topKeys.joined(separator: ", "))")
        }
        var languages = LanguageSpec.builtIn
        if let entry = top.first(where: { $0.key == "languages" }) {
            for language in try mapping(entry.value, "languages", example: "node: {…}") {
                languages[language.key] = try self.language(language, base: languages)
            }
        }
        var environments: [EnvironmentSpec] = [.default]
        var cpusLines: [String: Int] = [:]
        if let entry = top.first(where: { $0.key == "environments" }) {
            (environments, cpusLines) = try self.environments(entry.value, languages: languages)
        }
        return SiteConfiguration(
            file: file, environments: environments, languages: languages, cpusLines: cpusLines)
    }

    // MARK: environments

    /// The environments, and the line of each one's `cpus:`.
    private func environments(_ value: YAMLValue, languages: [String: LanguageSpec]) throws
        -> ([EnvironmentSpec], [String: Int])
    {
        guard case .sequence(let items, let line) = value else {
            throw fail(
                value.line, "environments must be a list, not \(value.kind)",
                "write one '- id: NAME' item per environment")
        }
        guard !items.isEmpty else {
            throw fail(
                line, "environments is an empty list",
                "declare at least one environment, or remove the key for the default one")
        }
        var seen: [String: Int] = [:]
        var result: [EnvironmentSpec] = []
        var cpusLines: [String: Int] = [:]
        for item in items {
            let entries = try mapping(
                item, "an environment", example: "- id: pypy\n  python: pypy3")
            guard let idEntry = entries.first(where: { $0.key == "id" }) else {
                throw fail(
                    item.line, "this environment has no id",
                    "add 'id: NAME' (letters, digits, - and _)")
            }
            let id = try text(idEntry)
            guard Self.isIdentifier(id) else {
                throw fail(
                    idEntry.keyLine, "environment id '\(id)' is not a name",
                    "use letters, digits, - and _ only, e.g. id: cpython-one-core")
            }
            if let first = seen[id] {
                throw fail(
                    idEntry.keyLine,
                    "environment id '\(id)' is used twice (first on line \(first))",
                    "give each environment its own id")
            }
            seen[id] = idEntry.keyLine
            var label = id
            var about: String?
            var variables: [String: String] = [:]
            var cpus: CPUSet?
            var scale: [String: String] = [:]
            var examples: [String]?
            var optional = false
            var interpreters: [String: String] = [:]
            var candidates: [String: [String]] = [:]
            for entry in entries {
                switch entry.key {
                case "id": continue
                case "label": label = try text(entry)
                case "description": about = try text(entry)
                case "env":
                    variables = try textMapping(entry, what: "variable") { name in
                        name.first.map { $0 == "_" || $0.isLetter } == true
                            && name.allSatisfy {
                                $0 == "_" || ($0.isASCII && $0.isLetter) || $0.isNumber
                            }
                    }
                case "cpus":
                    let value = try text(entry)
                    guard let set = CPUSet(value) else {
                        throw fail(
                            entry.keyLine, "cpus '\(value)' is not a CPU set",
                            "write CPU numbers as taskset -c does: cpus: \"0\", \"0-1\" or \"0,2-3\""
                        )
                    }
                    cpus = set
                    cpusLines[id] = entry.keyLine
                case "scale":
                    scale = try textMapping(entry, what: "scale parameter") { name in
                        !name.isEmpty
                            && name.allSatisfy {
                                $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber))
                            }
                    }
                    try checkScale(entry)
                case "examples": examples = try words(entry)
                case "optional":
                    let value = try text(entry)
                    guard let flag = ["true": true, "false": false][value] else {
                        throw fail(
                            entry.keyLine, "optional must be true or false, not '\(value)'",
                            "write optional: true to skip this environment where its interpreter is missing"
                        )
                    }
                    optional = flag
                default:
                    guard languages[entry.key] != nil else {
                        let known = (Self.environmentKeys + languages.keys.sorted())
                            .joined(separator: ", ")
                        throw fail(
                            entry.keyLine, "unknown key '\(entry.key)' in environment '\(id)'",
                            "an environment's keys are \(known) (a language's name sets its interpreter, e.g. python: pypy3); declare a new language under languages:"
                        )
                    }
                    if case .sequence = entry.value {
                        // Candidates, tried in order on the machine that builds.
                        let commands = try words(entry)
                        interpreters[entry.key] = commands[0]
                        if commands.count > 1 { candidates[entry.key] = commands }
                    } else {
                        interpreters[entry.key] = try text(entry)
                    }
                }
            }
            result.append(
                EnvironmentSpec(
                    id: id, label: label, interpreters: interpreters, variables: variables,
                    cpus: cpus, scale: scale, examples: examples, candidates: candidates,
                    optional: optional, about: about))
        }
        return (result, cpusLines)
    }

    /// The largest scale factor: an example's work multiplied beyond it runs for days.
    static let maxScale = 1_000_000.0

    /// Scale values reach the examples as numbers to multiply their work by: a plain positive
    /// decimal up to `maxScale` (no `lots`, markup, `1e999` or `nan`).
    private func checkScale(_ entry: YAMLValue.Entry) throws {
        guard case .mapping(let items, _) = entry.value else { return }
        for item in items {
            guard case .scalar(let text, _, _) = item.value else { continue }
            let plain =
                !text.isEmpty && text.first != "." && text.last != "."
                && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
                && text.filter { $0 == "." }.count <= 1
            guard plain, let number = Double(text), number > 0, number <= Self.maxScale else {
                throw fail(
                    item.keyLine,
                    "scale \(item.key) '\(text)' is not a positive number up to \(Int(Self.maxScale))",
                    "write the factor the examples multiply their work by, e.g. \(item.key): 10 or \(item.key): 0.5"
                )
            }
        }
    }

    // MARK: languages

    private func language(_ entry: YAMLValue.Entry, base: [String: LanguageSpec]) throws
        -> LanguageSpec
    {
        guard Self.isIdentifier(entry.key) else {
            throw fail(
                entry.keyLine, "language name '\(entry.key)' is not a word",
                "use the word that follows the fence's backticks, e.g. node")
        }
        let entries = try mapping(
            entry.value, "language '\(entry.key)'",
            example: "\(entry.key):\n  extension: js\n  command: [node, \"{file}\"]")
        let spec = base[entry.key]
        var fileExtension = spec?.fileExtension
        var command = spec?.command
        var compile = spec?.compile
        var version = spec?.version
        var compileLine: Int?
        for item in entries {
            switch item.key {
            case "extension":
                let value = try text(item)
                guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                    throw fail(
                        item.keyLine, "extension '\(value)' is not a file extension",
                        "write it without the dot, e.g. extension: js")
                }
                fileExtension = value
            case "command": command = try words(item)
            case "compile":
                compile = try words(item)
                compileLine = item.keyLine
            case "version": version = try words(item)
            default:
                throw fail(
                    item.keyLine, "unknown key '\(item.key)' in language '\(entry.key)'",
                    "a language's keys are \(Self.languageKeys.joined(separator: ", "))")
            }
        }
        guard let fileExtension else {
            throw fail(
                entry.keyLine, "language '\(entry.key)' has no extension",
                "add e.g. extension: js (the example's file is example.EXTENSION)")
        }
        guard let command else {
            throw fail(
                entry.keyLine, "language '\(entry.key)' has no command",
                "add e.g. command: [node, \"{file}\"] ({file} is the example's source)")
        }
        if let compile {
            guard compile.contains("{file}") && compile.contains("{binary}") else {
                throw fail(
                    compileLine ?? entry.keyLine,
                    "the compile command of '\(entry.key)' must name {file} and {binary}",
                    "write e.g. compile: [swiftc, -O, \"{file}\", -o, \"{binary}\"]")
            }
        }
        guard command.contains(where: { $0.contains("{file}") || $0.contains("{binary}") })
        else {
            throw fail(
                entry.keyLine, "the command of '\(entry.key)' names neither {file} nor {binary}",
                "write e.g. command: [node, \"{file}\"], or [\"{binary}\"] with a compile step")
        }
        // A built-in entry overridden keeps what sitegen.yml cannot say: its aliases, variables,
        // highlighter, notebook kernel and runtime.
        return spec?.redeclared(
            fileExtension: fileExtension, command: command, compile: compile, version: version)
            ?? LanguageSpec(
                name: entry.key, fileExtension: fileExtension, command: command,
                compile: compile, version: version)
    }

    // MARK: values

    private func mapping(_ value: YAMLValue, _ what: String, example: String) throws
        -> [YAMLValue.Entry]
    {
        guard case .mapping(let entries, _) = value else {
            throw fail(
                value.line, "\(what) must be key: value lines, not \(value.kind)",
                "write it as e.g.\n\(example)")
        }
        return entries
    }

    private func text(_ entry: YAMLValue.Entry) throws -> String {
        guard case .scalar(let text, _, _) = entry.value else {
            throw fail(
                entry.keyLine, "'\(entry.key)' must be text, not \(entry.value.kind)",
                "write it on one line, e.g. \(entry.key): value")
        }
        return text
    }

    private func textMapping(
        _ entry: YAMLValue.Entry, what: String, validName: (String) -> Bool
    ) throws -> [String: String] {
        var result: [String: String] = [:]
        for item in try mapping(
            entry.value, "'\(entry.key)'", example: "\(entry.key): { NAME: value }")
        {
            guard validName(item.key) else {
                throw fail(
                    item.keyLine, "'\(item.key)' is not a \(what) name",
                    "use letters, digits and _ (not starting with a digit), e.g. WORK")
            }
            result[item.key] = try text(item)
        }
        return result
    }

    private func words(_ entry: YAMLValue.Entry) throws -> [String] {
        guard case .sequence(let items, _) = entry.value, !items.isEmpty else {
            throw fail(
                entry.keyLine, "'\(entry.key)' must be a non-empty list of words",
                "write e.g. \(entry.key): [node, \"{file}\"]")
        }
        return try items.map { item in
            guard case .scalar(let word, _, _) = item, !word.isEmpty else {
                throw fail(
                    item.line, "every word of '\(entry.key)' must be non-empty text",
                    "quote words with special characters: \"{file}\"")
            }
            return word
        }
    }

    private func fail(_ line: Int, _ message: String, _ hint: String) -> SitegenError {
        SitegenError(.load, at: SourceLocation(file: file, line: line), message, hint: hint)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty
            && text.allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")
            }
    }

    static func fileName(_ path: String) -> String { Paths.name(path) }
}
