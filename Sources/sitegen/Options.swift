import ArgumentParser
import Foundation
import SitegenCore

/// The site every command but `init` reads: its pages, its execution cache, its configuration.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(
        name: .long,
        help:
            "The execution cache folder: results reused when nothing they depend on changed (shared by build, serve and measure)."
    )
    var cache = ".sitegen-cache"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The site configuration (environments, languages); default: sitegen.yml beside the content folder, if any.",
            valueName: "path"))
    var config: String?

    func apply(to options: inout BuildOptions) {
        options.contentFolder = content
        options.cacheFolder = cache
        options.configFile = config
    }

    /// The configuration file a preview watches: `--config`, else the default beside the content
    /// (watched even before it exists: creating it rebuilds).
    var configFile: String { config ?? SiteConfiguration.defaultPath(content) }
}

/// How the examples are measured: `build`, `serve` and `measure` share these, so the three
/// share the cache's results.
struct RunOptions: ParsableArguments {
    @Option(name: .long, help: "Measured runs per example (a fence's runs= overrides it).")
    var runs = RunSettings.defaultRuns

    @Option(
        name: .long,
        help: "Warm-up runs per example, not measured (a fence's warmup= overrides it).")
    var warmup = RunSettings.defaultWarmup

    @Option(
        name: .long,
        help: ArgumentHelp(
            "What decides a comparison: interval (95 % confidence interval of the estimate) or spread (the old ±2σ of single runs; no adaptive rounds).",
            valueName: "rule"))
    var decision: EffectDecision.Rule = .interval

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How compared examples are measured: rounds (interleaved, one run of each per round) or blocks (all runs of one, then the next).",
            valueName: "order"))
    var schedule: ExampleRunner.Schedule = .rounds

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds each group of compared examples may spend in adaptive rounds (a chart's or claim's budget= overrides it; default 1.2 × what its warm-ups and minimum rounds took).",
            valueName: "seconds"))
    var budget: Double?

    /// Turns off line tagging and /proc sampling, to measure their cost (benchmarks/overhead.sh).
    @Flag(name: .customLong("no-instrument"), help: .hidden)
    var noInstrument = false

    @Flag(
        name: .customLong("no-startup"),
        help:
            "Do not measure the interpreters' start-up (an empty program, 20 runs between the examples' runs); work(X) in claims is then unknown."
    )
    var noStartup = false

    func apply(to options: inout BuildOptions) {
        options.measuresStartup = !noStartup
        options.runs = runs
        options.warmup = warmup
        options.decision = decision
        options.schedule = schedule
        options.budget = budget
        options.instrumented = !noInstrument
        // Hidden, for benchmarks/overhead.sh: SITEGEN_INSTRUMENT=trace|sample|all|none.
        switch ProcessInfo.processInfo.environment["SITEGEN_INSTRUMENT"] {
        case "trace": options.sampling = false
        case "sample": options.tracing = false
        case "none": options.instrumented = false
        default: break
        }
    }
}

/// `--rerun`: examples to run again although the cache has them (`build`, `measure`).
struct RerunOption: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Run these examples even if cached (ids; a sweep's base id names all its configurations); alone, run every example.",
            valueName: "id"))
    var rerun: [String] = []

    /// `--rerun` alone (rewritten to `--rerun '*'` by `expandingBareRerun`) means every example.
    var selection: RerunSelection {
        if rerun.isEmpty { return .none }
        return rerun.contains("*") ? .all : .ids(Set(rerun))
    }

    /// ArgumentParser wants a value after an option: a bare `--rerun` becomes `--rerun '*'`.
    static func expandingBareRerun(_ arguments: [String]) -> [String] {
        var expanded: [String] = []
        for (index, argument) in arguments.enumerated() {
            expanded.append(argument)
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--rerun", next.map({ $0.hasPrefix("-") }) ?? true {
                expanded.append("*")
            }
        }
        return expanded
    }
}

/// `--no-exec`: the cache alone, running nothing (`build`, `serve`, `measure`).
struct NoExecOption: ParsableArguments {
    @Flag(
        name: .customLong("no-exec"),
        help: "Use the execution cache alone; fail, listing them, if examples are missing.")
    var noExec = false
}

/// `--force`: take over an output sitegen did not write (`build`, `merge`).
struct ForceOption: ParsableArguments {
    @Flag(
        name: .long,
        help:
            "Replace an --output that sitegen did not write (a folder with other files, a file, a link); what was there is kept in the cache folder's replaced/."
    )
    var force = false
}

extension EffectDecision.Rule: ExpressibleByArgument {}
extension ExampleRunner.Schedule: ExpressibleByArgument {}

extension BuildOptions {
    /// `validate()` for a command: a problem with the options is a usage error (exit 64, with
    /// the usage), before anything runs.
    func validateArguments() throws {
        do {
            try validate()
        } catch let error as SitegenError {
            throw ValidationError(error.description)
        }
    }
}
