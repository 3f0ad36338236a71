/// The Plan stage's last steps: which environments this machine can run (the first working
/// command of each language an environment lists; an optional one without any is unavailable),
/// then the interpreter of each language in each environment, found once (through the
/// interpreter cache when it knows the launcher), and every run plan's cache key.
extension BuildPlan {
    func available(
        executor: any ProcessExecutor, languages: [String: LanguageSpec], cache: InterpreterCache?
    ) throws -> BuildPlan {
        var available: [EnvironmentPlan] = []
        var unavailable = self.unavailable
        for environment in environments {
            let spec = environment.spec
            guard spec.optional || !spec.candidates.isEmpty else {
                available.append(environment)
                continue
            }
            let checker = EnvironmentAvailability(
                environment: environment.variables, executor: executor, languages: languages,
                cache: cache)
            switch try checker.resolve(spec, examples: environment.examples) {
            case .available(let found): available.append(environment.with(found))
            case .unavailable(let missing): unavailable.append(missing)
            }
        }
        return BuildPlan(
            settings: settings, environments: available, groups: groups,
            coresOnline: coresOnline, unavailable: unavailable)
    }

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
            coresOnline: coresOnline, unavailable: unavailable)
    }
}
