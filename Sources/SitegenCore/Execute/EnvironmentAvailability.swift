import Foundation

/// Which interpreter an environment of `sitegen.yml` gets on this machine, decided once before
/// anything of it runs: of the commands a language lists (`python: [python3.14t, python3.13t,
/// ~/.cache/…/python3.13t]`), the first that resolves to a working interpreter. An `optional`
/// environment none of whose commands works is unavailable, which costs no example run.
struct EnvironmentAvailability {
    var environment: [String: String]
    var executor: any ProcessExecutor
    var languages: [String: LanguageSpec]
    var cache: InterpreterCache?

    enum Outcome: Sendable, Hashable {
        /// The spec with each listed language's command replaced by the one that works here.
        case available(EnvironmentSpec)
        case unavailable(UnavailableEnvironment)
    }

    /// `examples`: those the environment runs (their languages are the ones that matter).
    func resolve(_ spec: EnvironmentSpec, examples: [Example]) throws -> Outcome {
        var working = spec.interpreters
        for language in Set(examples.map(\.language)).sorted() {
            let listed = spec.candidates[language] ?? spec.interpreters[language].map { [$0] }
            guard let listed, spec.optional || listed.count > 1,
                let first = examples.first(where: { $0.language == language })
            else { continue }
            var failures: [SitegenError] = []
            for command in listed {
                var resolver = InterpreterResolver(
                    environment: environment, executor: executor, cache: cache)
                resolver.languages = languages
                resolver.commands = spec.interpreters
                resolver.commands[language] = Self.expandingHome(command, environment)
                do {
                    _ = try resolver.resolve(language, for: first.location)
                    working[language] = resolver.commands[language]
                    break
                } catch let error as SitegenError {
                    failures.append(error)
                }
            }
            guard failures.count == listed.count else { continue }
            let tried = listed.joined(separator: ", ")
            guard spec.optional else {
                var error = failures[0]
                if listed.count > 1 {
                    error.message =
                        "none of the interpreters of environment '\(spec.id)' works here (\(tried))"
                    error.hint =
                        "install one of them, or add 'optional: true' to the environment to build without it where it is missing"
                }
                throw error
            }
            return .unavailable(
                UnavailableEnvironment(
                    spec: spec,
                    reason: listed.count == 1
                        ? "\(tried) was not found or could not be run"
                        : "none of \(tried) was found or could be run",
                    language: language))
        }
        return .available(spec.with(interpreters: working))
    }

    /// `~/x` as `$HOME/x`, so a configuration can name a per-user install.
    static func expandingHome(_ command: String, _ environment: [String: String]) -> String {
        guard command.hasPrefix("~/") else { return command }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + command.dropFirst()
    }
}
