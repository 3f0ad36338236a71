import Foundation

/// The Plan stage, between Parse and Execute: which examples run in which environment, how (each
/// one's `RunPlan`: runs, warm-up, timeout, CPU set, comparison group, interpreter, cache key),
/// and on how many cores. Built once from the options, the site configuration and the pages;
/// the cache, the runner, the analysis and the shards read it and work none of it out again.
struct BuildPlan: Sendable {
    let settings: RunSettings
    /// In `sitegen.yml`'s order (one, `default`, without the file).
    let environments: [EnvironmentPlan]
    /// The examples measured together in interleaved rounds (charts' and claims' comparisons);
    /// empty with `--schedule blocks`.
    let groups: [MeasurementGroup]
    /// CPUs online (steal in /proc/stat is summed over all of them).
    let coresOnline: Int
    /// The optional environments of `sitegen.yml` this machine cannot run (`available`).
    let unavailable: [UnavailableEnvironment]

    init(
        settings: RunSettings, environments: [EnvironmentPlan], groups: [MeasurementGroup],
        coresOnline: Int, unavailable: [UnavailableEnvironment] = []
    ) {
        self.settings = settings
        self.environments = environments
        self.groups = groups
        self.coresOnline = coresOnline
        self.unavailable = unavailable
    }

    /// The plan of `site` for the environments `options` selects; `environment` is the build's
    /// process environment and `cores` the cores this build may use (its affinity).
    static func make(
        _ site: SiteParser.Site, _ configuration: SiteConfiguration, options: BuildOptions,
        environment: [String: String], cores: Int = BuildMachine.current().availableCores
    ) throws -> BuildPlan {
        let settings = options.settings
        let specs = try selectedEnvironments(configuration, options: options)
        let groups =
            options.schedule == .rounds
            ? MeasurementGroup.groups(try comparisons(in: site), examples: site.examples) : []
        var groupOf: [String: MeasurementGroup] = [:]
        for group in groups { for id in group.ids { groupOf[id] = group } }
        let environments = try specs.map { spec in
            let examples = try selected(site.examples, in: spec, configuration: configuration)
            return EnvironmentPlan(
                spec: spec, cores: spec.cpus?.cpus.count ?? cores,
                variables: environment.merging(spec.processEnvironment) { $1 },
                runs: examples.map {
                    RunPlan($0, settings, environment: spec, group: groupOf[$0.id])
                })
        }
        return BuildPlan(
            settings: settings, environments: environments, groups: groups,
            coresOnline: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Only the examples `ids` (a shard's), in every environment.
    func only(_ ids: Set<String>) -> BuildPlan {
        BuildPlan(
            settings: settings,
            environments: environments.map { $0.filter { ids.contains($0.example.id) } },
            groups: groups, coresOnline: coresOnline, unavailable: unavailable)
    }

    /// The environments of `sitegen.yml` that `--environment` selects (all without it).
    static func selectedEnvironments(_ configuration: SiteConfiguration, options: BuildOptions)
        throws -> [EnvironmentSpec]
    {
        let specs = configuration.environments.filter {
            options.environments?.contains($0.id) ?? true
        }
        if let wanted = options.environments, specs.count < wanted.count {
            let known = Set(configuration.environments.map(\.id))
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "no environment '\(wanted.subtracting(known).sorted().joined(separator: "', '"))' in the site configuration",
                hint: "use one of: \(configuration.environments.map(\.id).joined(separator: ", "))")
        }
        return specs
    }

    /// The examples `spec` runs: its `examples:` list, else all of them.
    static func selected(
        _ examples: [Example], in spec: EnvironmentSpec, configuration: SiteConfiguration
    ) throws -> [Example] {
        guard let ids = spec.examples else { return examples }
        let selection = RerunSelection.ids(Set(ids))
        let unknown = selection.unknown(in: examples)
        guard unknown.isEmpty else {
            throw SitegenError(
                .options, path: configuration.file ?? SiteConfiguration.fileName,
                "environment '\(spec.id)' lists examples the site does not have: \(unknown.joined(separator: ", "))",
                hint:
                    "use ids shown on the pages (id= on the fence, or <page>-<n>); a sweep's base id names all its configurations"
            )
        }
        return examples.filter(selection.includes)
    }

    /// The examples each `comparison` or `scaling` chart compares, with its `budget=`, and the
    /// examples each claim's clauses name (its evidence), with the claim's `budget=`.
    static func comparisons(in site: SiteParser.Site) throws -> [MeasurementGroup.Comparison] {
        var comparisons: [MeasurementGroup.Comparison] = []
        for page in site.pages {
            for case .chart(let spec) in page.segments where spec.comparesTimes {
                comparisons.append(.init(ids: spec.examples, budget: spec.budget))
            }
        }
        for claim in site.claims where claim.evidence.count >= 2 {
            comparisons.append(.init(ids: claim.evidence, budget: claim.budget))
        }
        return comparisons
    }
}

extension BuildOptions {
    /// The run settings of this build.
    var settings: RunSettings {
        RunSettings(
            runs: runs, warmup: warmup, instrumented: instrumented, tracing: tracing,
            sampling: sampling)
    }
}
