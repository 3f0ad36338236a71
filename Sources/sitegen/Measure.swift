import ArgumentParser
import SitegenCore

struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract:
            "Run every example and write results.json only, with every result in full, for sitegen merge."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The results file to write.")
    var output = "results.json"

    @OptionGroup var measuring: RunOptions
    @OptionGroup var rerun: RerunOption
    @OptionGroup var noExec: NoExecOption

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

    var options: BuildOptions {
        var options = BuildOptions(outputFolder: output)
        site.apply(to: &options)
        measuring.apply(to: &options)
        options.rerun = rerun.selection
        options.noExec = noExec.noExec
        options.environments = environment.isEmpty ? nil : Set(environment)
        options.shard = shard.flatMap(ShardPlan.init)
        return options
    }

    func validate() throws {
        if let shard, ShardPlan(shard) == nil {
            throw ValidationError(
                "--shard \(shard): write K/N with 1 ≤ K ≤ N ≤ \(ShardPlan.maxCount), e.g. --shard 2/3"
            )
        }
        try options.validateArguments()
    }

    func run() throws {
        let interrupts = Interrupts.install()
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        let summary = try builder.measureResults(options, into: output)
        Diagnostics.progress(
            "wrote the results of \(counted(summary.examples.count, "example run")) to \(output)")
        if let number = interrupts.received { throw ExitCode(128 + number) }
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract:
            "Build the site from results.json files written by sitegen measure, running nothing.")

    @Argument(help: ArgumentHelp("The results files to merge.", valueName: "results.json"))
    var files: [String]

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The folder to write the site to.")
    var output = "site"

    @OptionGroup var force: ForceOption

    var options: BuildOptions {
        var options = BuildOptions(outputFolder: output)
        site.apply(to: &options)
        options.force = force.force
        return options
    }

    func validate() throws {
        if files.isEmpty {
            throw ValidationError(
                "merge needs at least one results.json written by sitegen measure")
        }
        try options.validateArguments()
    }

    func run() throws {
        let summary = try SiteBuilder(progress: { Diagnostics.progress($0) })
            .merge(files, options: options)
        Diagnostics.progress(
            "wrote \(counted(summary.pages, "page")) from \(counted(files.count, "results file")) to \(output)/"
        )
    }
}
