import ArgumentParser
import Foundation
import SitegenCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small working site (content/index.md) to start from.")

    @Argument(help: "The folder to create the site in.")
    var folder = "."

    func validate() throws {
        var isFolder: ObjCBool = false
        if folder.isEmpty {
            throw ValidationError(
                "the folder is empty: pass a folder name, e.g. sitegen init notes")
        }
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
            !isFolder.boolValue
        {
            throw ValidationError(
                "\(folder): is a file, not a folder — pass a new folder name, e.g. sitegen init notes"
            )
        }
    }

    func run() throws {
        let written = try SiteScaffold.write(into: folder)
        for path in written { Diagnostics.progress("created \(path)") }
        let enter = folder == "." ? "" : "  cd \(folder)\n"
        print(
            """
            Next, build the site, then preview it while you write:
            \(enter)  sitegen build    # runs the examples, writes site/index.html
              sitegen serve    # http://127.0.0.1:8000, rebuilt and reloaded on every save
            """)
    }
}
