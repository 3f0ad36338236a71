/// A runnable language as data: how an example in it is written to a file, (compiled,) and run.
/// `python`, `sh` and `swift` are built in; `sitegen.yml` can override them or add others.
public struct LanguageSpec: Sendable, Hashable, Codable {
    /// The fence's language word (`node` in ```` ```node run ````).
    public var name: String
    /// Extension of the example's source file, without the dot (`js`).
    public var fileExtension: String
    /// The command that runs an example: `{file}` is its source, `{binary}` the compiled program.
    /// The first word is looked up on PATH (an environment may replace it, e.g. `python: pypy3`).
    public var command: [String]
    /// For compiled languages, the command that builds `{binary}` from `{file}`, once per
    /// example before its timed runs (not timed).
    public var compile: [String]?
    /// The command that prints the version (first non-empty line); `[tool, "--version"]` when
    /// nil, the tool being the compiler or the command's first word.
    public var version: [String]?

    public init(
        name: String, fileExtension: String, command: [String], compile: [String]? = nil,
        version: [String]? = nil
    ) {
        self.name = name
        self.fileExtension = fileExtension
        self.command = command
        self.compile = compile
        self.version = version
    }

    /// The word looked up on PATH: the compiler of a compiled language, else the command's.
    public var tool: String { (compile ?? command).first ?? "" }

    /// The languages sitegen runs without a configuration.
    public static let builtIn: [String: LanguageSpec] = [
        "python": LanguageSpec(
            name: "python", fileExtension: "py", command: ["python3", "{file}"]),
        "sh": LanguageSpec(name: "sh", fileExtension: "sh", command: ["sh", "{file}"]),
        "swift": LanguageSpec(
            name: "swift", fileExtension: "swift", command: ["{binary}"],
            compile: ["swiftc", "-O", "{file}", "-o", "{binary}"]),
    ]
}
