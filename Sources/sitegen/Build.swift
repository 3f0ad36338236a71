import ArgumentParser
import SitegenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every example and write the site (the default command).")

    @OptionGroup var site: SiteOptions

    @Option(
        name: .long,
        help:
            "The folder to write the site to; replaced only when the build succeeds, and only if sitegen wrote it (or it is new or empty)."
    )
    var output = "site"

    @OptionGroup var force: ForceOption
    @OptionGroup var measuring: RunOptions
    @OptionGroup var rerun: RerunOption
    @OptionGroup var noExec: NoExecOption

    var options: BuildOptions {
        var options = BuildOptions(outputFolder: output)
        site.apply(to: &options)
        measuring.apply(to: &options)
        options.rerun = rerun.selection
        options.noExec = noExec.noExec
        options.force = force.force
        return options
    }

    func validate() throws { try options.validateArguments() }

    func run() throws {
        let interrupts = Interrupts.install()
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        let summary = try builder.build(options)
        if summary.upToDate {
            Diagnostics.progress(
                "\(output)/ is up to date: nothing changed since the last build (\(counted(summary.pages, "page")), \(counted(summary.reused, "example")))"
            )
        } else {
            let reused = summary.reused > 0 ? " (\(summary.reused) from the cache)" : ""
            Diagnostics.progress(
                "wrote \(counted(summary.pages, "page")) and \(counted(summary.examples.count, "example"))\(reused) to \(output)/"
            )
        }
        // 128 + the signal, as a shell reports a command a signal stopped.
        if let number = interrupts.received { throw ExitCode(128 + number) }
    }
}
