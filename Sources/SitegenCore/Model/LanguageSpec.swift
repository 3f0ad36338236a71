/// A runnable language as data: the fence words that name it, how an example in it is written
/// to a file, (compiled,) run and highlighted, and what its runs need. `python`, `sh` and
/// `swift` are the built-in entries of the language table; `sitegen.yml` can override them or
/// add others.
struct LanguageSpec: Sendable, Hashable, Codable {
    /// The fence's language word (`node` in ```` ```node run ````).
    let name: String
    /// Extension of the example's source file, without the dot (`js`).
    let fileExtension: String
    /// The command that runs an example: `{file}` is its source, `{binary}` the compiled program.
    /// The first word is looked up on PATH (an environment may replace it, e.g. `python: pypy3`).
    let command: [String]
    /// For compiled languages, the command that builds `{binary}` from `{file}`, once per
    /// example before its timed runs (not timed).
    let compile: [String]?
    /// The command that prints the version (first non-empty line); `[tool, "--version"]` when
    /// nil, the tool being the compiler or the command's first word.
    let version: [String]?
    /// Other fence words for the same language (`py` for `python`): highlighted, offered as a
    /// download and put in a notebook like the name itself.
    let aliases: [String]
    /// Variables set for every run of its examples (Python's unbuffered, UTF-8 output).
    let environment: [String: String]
    /// The build-time highlighter of its code; nil: shown as plain text.
    let highlighter: Highlighter?
    /// The Jupyter kernel its pages' notebooks declare; nil: its pages get no notebook.
    let notebookKernel: NotebookKernel?
    /// How its runtime is found, probed and run (see `Runtime`).
    let runtime: Runtime
    /// A variable that names the tool instead of PATH (`SITEGEN_PYTHON`).
    let toolVariable: String?

    /// An entry of the language table; what `sitegen.yml` cannot say defaults to a plain
    /// declared command.
    init(
        name: String, fileExtension: String, command: [String], compile: [String]? = nil,
        version: [String]? = nil, aliases: [String] = [], environment: [String: String] = [:],
        highlighter: Highlighter? = nil, notebookKernel: NotebookKernel? = nil,
        runtime: Runtime = .declared, toolVariable: String? = nil
    ) {
        self.name = name
        self.fileExtension = fileExtension
        self.command = command
        self.compile = compile
        self.version = version
        self.aliases = aliases
        self.environment = environment
        self.highlighter = highlighter
        self.notebookKernel = notebookKernel
        self.runtime = runtime
        self.toolVariable = toolVariable
    }

    /// This entry as `sitegen.yml` redeclares it: its commands replaced, the rest kept (Python
    /// stays Python with a new command).
    func redeclared(
        fileExtension: String, command: [String], compile: [String]?, version: [String]?
    ) -> LanguageSpec {
        LanguageSpec(
            name: name, fileExtension: fileExtension, command: command, compile: compile,
            version: version, aliases: aliases, environment: environment,
            highlighter: highlighter, notebookKernel: notebookKernel, runtime: runtime,
            toolVariable: toolVariable)
    }

    /// The word looked up on PATH: the compiler of a compiled language, else the command's.
    var tool: String { (compile ?? command).first ?? "" }

    /// True when `word` (a fence's language word) names this language.
    func isNamed(_ word: String) -> Bool { word == name || aliases.contains(word) }

    /// Lexers sitegen has, chosen by a language entry.
    enum Highlighter: String, Sendable, Hashable, Codable {
        case python, swift, shell
    }

    /// `metadata.kernelspec` and `language_info` of a notebook (nbformat 4).
    struct NotebookKernel: Sendable, Hashable, Codable {
        let name: String
        let displayName: String
        let language: String
    }

    /// How a language's runtime is resolved. Shared code asks the runtime what it can do
    /// (`tracesRuns`, `probesFacts`); what one runtime does beyond running a command lives in
    /// its own files (`Execute/Python/`).
    enum Runtime: String, Sendable, Hashable, Codable {
        /// A command as `sitegen.yml` declares it: its tool found on PATH, its version from
        /// `version` (or `TOOL --version`).
        case declared
        /// The POSIX shell found on PATH, no version.
        case posixShell
        /// `swiftc -O` compiles each example once; the program is what gets timed.
        case swiftCompiler
        /// The real interpreter behind a launcher (a pyenv shim), run with `-u`, whose processes
        /// report each printed line on the side channel, and which states its facts (the GIL).
        case python

        /// True when its runs write to the side channel (`TraceChannel`).
        var tracesRuns: Bool { self == .python }
        /// True when pyenv-style version files decide what its launcher resolves to.
        var readsVersionFiles: Bool { self == .python }
    }
}

extension LanguageSpec {
    /// The languages sitegen runs without a configuration: the built-in language table.
    static let builtIn: [String: LanguageSpec] = Dictionary(
        uniqueKeysWithValues: [python, sh, swift].map { ($0.name, $0) })

    /// The entry of `table` (the built-in table when nil) that `word` names, by name or alias.
    static func named(_ word: String, in table: [String: LanguageSpec]? = nil)
        -> LanguageSpec?
    {
        guard let table else { return builtInByWord[word] }
        return table[word] ?? table.values.first { $0.aliases.contains(word) }
    }

    /// Every word of the built-in table (names and aliases): highlighting looks a fence word up
    /// once per code block.
    private static let builtInByWord: [String: LanguageSpec] = {
        var words: [String: LanguageSpec] = [:]
        for spec in builtIn.values {
            for word in [spec.name] + spec.aliases { words[word] = spec }
        }
        return words
    }()

    static let python = LanguageSpec(
        name: "python", fileExtension: "py", command: ["python3", "{file}"],
        aliases: ["py", "python3"],
        environment: ["PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"], highlighter: .python,
        notebookKernel: NotebookKernel(
            name: "python3", displayName: "Python 3", language: "python"),
        runtime: .python, toolVariable: "SITEGEN_PYTHON")

    static let sh = LanguageSpec(
        name: "sh", fileExtension: "sh", command: ["sh", "{file}"],
        aliases: ["bash", "shell", "zsh"], highlighter: .shell, runtime: .posixShell)

    static let swift = LanguageSpec(
        name: "swift", fileExtension: "swift", command: ["{binary}"],
        compile: ["swiftc", "-O", "{file}", "-o", "{binary}"], highlighter: .swift,
        runtime: .swiftCompiler, toolVariable: "SITEGEN_SWIFTC")
}
