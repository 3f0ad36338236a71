import ArgumentParser
import Foundation
import SitegenCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a small working site (content/index.md) to start from.")

    @Argument(help: "The folder to create the site in.")
    var folder = "."

    func run() throws {
        do {
            let written = try SiteScaffold.write(into: folder)
            for path in written { Diagnostics.progress("created \(path)") }
        } catch let error as SitegenError {
            Diagnostics.error(error)
            throw ExitCode.failure
        }
        let enter = folder == "." ? "" : "  cd \(folder)\n"
        print(
            """
            Next, build the site, then preview it while you write:
            \(enter)  sitegen build    # runs the examples, writes site/index.html
              sitegen serve    # http://127.0.0.1:8000, rebuilt and reloaded on every save
            """)
    }
}
