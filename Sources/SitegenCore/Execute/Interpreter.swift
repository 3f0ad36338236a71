/// A resolved language runtime: the real executable and how to run a source file with it.
public struct Interpreter: Sendable, Hashable, Codable {
    public var language: String
    /// Absolute path of the real executable (a pyenv shim resolved to the interpreter behind it).
    public var path: String
    public var version: String
    /// e.g. CPython.
    public var implementation: String
    /// Arguments placed before the source file's name.
    public var arguments: [String]
    /// The file the example's code is written to.
    public var sourceFileName: String
    /// For compiled languages: the compiler and its arguments before the source file; the
    /// program is built once per example, outside the timed runs, into `program`.
    public var compiler: String?
    public var compilerArguments: [String]

    public init(
        language: String, path: String, version: String, implementation: String,
        arguments: [String], sourceFileName: String, compiler: String? = nil,
        compilerArguments: [String] = []
    ) {
        self.compiler = compiler
        self.compilerArguments = compilerArguments
        self.language = language
        self.path = path
        self.version = version
        self.implementation = implementation
        self.arguments = arguments
        self.sourceFileName = sourceFileName
    }
}
