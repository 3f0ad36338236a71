import ArgumentParser
import Foundation
import SitegenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every example and write the site (the default command).")

    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(
        name: .long,
        help:
            "The folder to write the site to; replaced only when the build succeeds, and only if sitegen wrote it (or it is new or empty)."
    )
    var output = "site"

    @Flag(
        name: .long,
        help:
            "Replace an --output that sitegen did not write (a folder with other files, a file, a link); what was there is kept in the cache folder's replaced/."
    )
    var force = false

    @Option(name: .long, help: "Measured runs per example (a fence's runs= overrides it).")
    var runs = 5

    @Option(
        name: .long,
        help: "Warm-up runs per example, not measured (a fence's warmup= overrides it).")
    var warmup = 1

    @Option(
        name: .long,
        help: "The execution cache folder: results reused when nothing they depend on changed.")
    var cache = ".sitegen-cache"

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Run these examples even if cached (ids; a sweep's base id names all its configurations); alone, run every example.",
            valueName: "id"))
    var rerun: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The site configuration (environments, languages); default: sitegen.yml beside the content folder, if any.",
            valueName: "path"))
    var config: String?

    @Flag(
        name: .customLong("no-exec"),
        help: "Build from the execution cache alone; fail, listing them, if examples are missing.")
    var noExec = false

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
            "Seconds each group of compared examples may spend in adaptive rounds (a chart's budget= overrides it; default 1.2 × what its warm-ups and minimum rounds took).",
            valueName: "seconds"))
    var budget: Double?

    /// Turns off line tagging and /proc sampling, to measure their cost (benchmarks/overhead.sh).
    @Flag(name: .customLong("no-instrument"), help: .hidden)
    var noInstrument = false

    func run() throws {
        var options = BuildOptions(
            contentFolder: content, outputFolder: output, runs: runs, warmup: warmup,
            instrumented: !noInstrument, cacheFolder: cache)
        options.noExec = noExec
        options.force = force
        options.configFile = config
        options.rerun = rerunSelection
        options.decision = decision
        options.schedule = schedule
        options.budget = budget
        // Hidden, for benchmarks/overhead.sh: SITEGEN_INSTRUMENT=trace|sample|all|none.
        switch ProcessInfo.processInfo.environment["SITEGEN_INSTRUMENT"] {
        case "trace": options.sampling = false
        case "sample": options.tracing = false
        case "none": options.instrumented = false
        default: break
        }
        do {
            try options.validate()
        } catch let error as SitegenError {
            throw ValidationError(error.description)
        }
        let interrupts = Interrupts.install()
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        do {
            let summary = try builder.build(options)
            if summary.upToDate {
                Diagnostics.progress(
                    "\(output)/ is up to date: nothing changed since the last build (\(summary.pages) pages, \(summary.reused) examples)"
                )
                return
            }
            let reused = summary.reused > 0 ? " (\(summary.reused) from the cache)" : ""
            Diagnostics.progress(
                "wrote \(summary.pages) pages and \(summary.examples.count) examples\(reused) to \(output)/"
            )
        } catch let error as SitegenError {
            Diagnostics.error(error)
            // 128 + the signal, as a shell reports a command a signal stopped.
            throw interrupts.received.map { ExitCode(128 + $0) } ?? ExitCode.failure
        }
        if let number = interrupts.received { throw ExitCode(128 + number) }
    }

    /// `--rerun` alone (rewritten to `--rerun '*'` by `expandingBareRerun`) means every example.
    var rerunSelection: RerunSelection {
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

extension EffectDecision.Rule: ExpressibleByArgument {}
extension ExampleRunner.Schedule: ExpressibleByArgument {}
