import ArgumentParser
import SitegenCore

@main
struct Sitegen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a static site from Markdown whose code examples really ran.",
        version: SiteBuilder.version,
        subcommands: [Build.self, Measure.self, Merge.self, Init.self, Serve.self],
        defaultSubcommand: Build.self
    )

    static func main() {
        do {
            var command = try parseAsRoot(
                Build.expandingBareRerun(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
