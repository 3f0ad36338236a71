import ArgumentParser
import Foundation
import SitegenCore

struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Run every example and write results.json only, with every result in full, for sitegen merge."
    )

    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(name: .long, help: "The results file to write.")
    var output = "results.json"

    @Option(name: .long, help: "Measured runs per example (a fence's runs= overrides it).")
    var runs = 5

    @Option(name: .long, help: "Warm-up runs per example, not measured.")
    var warmup = 1

    @Option(name: .long, help: "The execution cache folder.")
    var cache = ".sitegen-cache"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The site configuration; default: sitegen.yml beside the content folder, if any.",
            valueName: "path"))
    var config: String?

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Measure only these environments of sitegen.yml (ids); default: all.",
            valueName: "id"))
    var environment: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Measure only shard K of N: a deterministic part of the examples, balanced by their cached running time; the examples a claim compares stay together.",
            valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard, ShardPlan(shard) == nil {
            throw ValidationError(
                "--shard \(shard): write K/N with 1 ≤ K ≤ N ≤ \(ShardPlan.maxCount), e.g. --shard 2/3"
            )
        }
    }

    func run() throws {
        var options = BuildOptions(
            contentFolder: content, outputFolder: output, runs: runs, warmup: warmup,
            cacheFolder: cache)
        options.configFile = config
        options.environments = environment.isEmpty ? nil : Set(environment)
        options.shard = shard.flatMap(ShardPlan.init)
        let interrupts = Interrupts.install()
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        do {
            let summary = try builder.measureResults(options, into: output)
            Diagnostics.progress(
                "wrote the results of \(summary.examples.count) example runs to \(output)")
        } catch let error as SitegenError {
            Diagnostics.error(error)
            throw interrupts.received.map { ExitCode(128 + $0) } ?? ExitCode.failure
        }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Build the site from results.json files written by sitegen measure, running nothing.")

    @Argument(help: ArgumentHelp("The results files to merge.", valueName: "results.json"))
    var files: [String]

    @Option(name: .long, help: "The folder of Markdown pages (the page structure).")
    var content = "content"

    @Option(name: .long, help: "The folder to write the site to.")
    var output = "site"

    @Option(name: .long, help: "The cache folder (sitegen's work folder lives there).")
    var cache = ".sitegen-cache"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The site configuration; default: sitegen.yml beside the content folder, if any.",
            valueName: "path"))
    var config: String?

    @Flag(name: .long, help: "Replace an --output that sitegen did not write.")
    var force = false

    func run() throws {
        var options = BuildOptions(contentFolder: content, outputFolder: output, cacheFolder: cache)
        options.configFile = config
        options.force = force
        do {
            let summary = try SiteBuilder(progress: { Diagnostics.progress($0) })
                .merge(files, options: options)
            Diagnostics.progress(
                "wrote \(summary.pages) pages from \(files.count) results file\(files.count == 1 ? "" : "s") to \(output)/"
            )
        } catch let error as SitegenError {
            Diagnostics.error(error)
            throw ExitCode.failure
        }
    }
}
