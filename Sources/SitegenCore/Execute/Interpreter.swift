import Foundation

/// A resolved language runtime: the real executable and how to run a source file with it.
struct Interpreter: Sendable, Hashable, Codable {
    var language: String
    /// Absolute path of the real executable (a pyenv shim resolved to the interpreter behind it).
    var path: String
    var version: String
    /// e.g. CPython.
    var implementation: String
    /// Arguments placed before the source file's name.
    var arguments: [String]
    /// The file the example's code is written to.
    var sourceFileName: String
    /// For compiled languages: the compiler and its arguments before the source file; the
    /// program is built once per example, outside the timed runs, into `program`.
    var compiler: String?
    var compilerArguments: [String]
    /// For a language declared as data (`sitegen.yml`), or a built-in one whose command it
    /// overrides: the whole command, `{file}` and `{binary}` still to fill in, its first word
    /// already resolved. nil for the built-in commands (and then absent from cache keys).
    var command: [String]?
    /// Likewise, the compile command of a declared compiled language.
    var compileCommand: [String]?

    init(
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

extension Interpreter {
    /// The program and arguments of one run of the example whose source is at `source` (and
    /// whose compiled program, for a compiled language, is at `program`).
    func invocation(source: String, program: String?) -> (executable: String, arguments: [String]) {
        guard let command else {
            return (program ?? path, program == nil ? arguments + [source] : [])
        }
        let words = Self.fill(command, file: source, binary: program ?? "")
        return (words[0], Array(words.dropFirst()))
    }

    /// `{file}` and `{binary}` replaced in every word.
    static func fill(_ words: [String], file: String, binary: String) -> [String] {
        words.map {
            $0.replacingOccurrences(of: "{file}", with: file)
                .replacingOccurrences(of: "{binary}", with: binary)
        }
    }
}
