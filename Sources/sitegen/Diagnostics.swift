import Foundation
import SitegenCore

/// The one place that prints to the terminal.
enum Diagnostics {
    static func progress(_ line: String) {
        write("sitegen: \(line)\n")
    }

    static func error(_ error: SitegenError) {
        write("error: \(error.description)\n")
    }

    /// Above the progress bar when one is drawn (a terminal), else straight to stderr.
    private static func write(_ text: String) {
        if let bar = ProgressBar.shown {
            bar.print(text)
        } else {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
