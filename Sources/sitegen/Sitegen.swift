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

    /// Usage errors read like every other error (`Diagnostics`).
    static var _errorPrefix: String { Diagnostics.errorPrefix }

    static func main() {
        do {
            var command = try parseAsRoot(
                RerunOption.expandingBareRerun(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            Diagnostics.exit(with: error)
        }
    }
}
