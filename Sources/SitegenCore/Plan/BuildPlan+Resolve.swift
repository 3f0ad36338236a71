/// The Plan stage's last step: the interpreter of each language in each environment, found once
/// (through the interpreter cache when it knows the launcher), and every run plan's cache key.
extension BuildPlan {
    func resolved(
        executor: any ProcessExecutor, languages: [String: LanguageSpec],
        cache: InterpreterCache?, machine: MachineFingerprint = .current()
    ) throws -> BuildPlan {
        let environments = try self.environments.map { environment in
            var resolver = InterpreterResolver(
                environment: environment.variables, executor: executor, cache: cache)
            resolver.languages = languages
            resolver.commands = environment.spec.interpreters
            var interpreters: [String: Interpreter] = [:]
            do {
                for plan in environment.runs where interpreters[plan.example.language] == nil {
                    interpreters[plan.example.language] = try resolver.resolve(
                        plan.example.language, for: plan.example.location)
                }
            } catch var error as SitegenError where self.environments.count > 1 {
                error.message += " (environment '\(environment.spec.id)')"
                throw error
            }
            return environment.resolved(interpreters, machine: machine)
        }
        return BuildPlan(
            settings: settings, environments: environments, groups: groups,
            coresOnline: coresOnline)
    }
}
