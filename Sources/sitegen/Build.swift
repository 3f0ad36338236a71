import ArgumentParser
import Foundation
import SitegenCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every example and write the site (the default command).")

    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(
        name: .long, help: "The folder to write the site to; replaced only when the build succeeds."
    )
    var output = "site"

    func run() throws {
        let options = BuildOptions(contentFolder: content, outputFolder: output)
        do {
            try options.validate()
        } catch let error as SitegenError {
            throw ValidationError(error.description)
        }
        let builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        do {
            let summary = try builder.build(options)
            Diagnostics.progress(
                "wrote \(summary.pages) pages and \(summary.examples.count) examples to \(output)/")
        } catch let error as SitegenError {
            Diagnostics.error(error)
            throw ExitCode.failure
        }
    }
}
