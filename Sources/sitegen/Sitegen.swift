import ArgumentParser
import SitegenCore

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a static site from Markdown whose code examples really ran.",
        version: SiteBuilder.version,
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}
