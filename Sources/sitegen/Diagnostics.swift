import ArgumentParser
import Foundation
import SitegenCore

/// The one place that prints to the terminal: progress lines, and every error of every command
/// as `sitegen: error: file:line: what is wrong — what to do`.
enum Diagnostics {
    /// The prefix of every error line (argument-parser's usage errors too, `Sitegen._errorPrefix`).
    static let errorPrefix = "sitegen: error: "

    static func progress(_ line: String) {
        write("sitegen: \(line)\n")
    }

    /// Prints `error` and exits: a `SitegenError` with status 1 (128 + the signal after an
    /// interrupt, as a shell reports it); usage errors (status 64, with the usage), help and
    /// `ExitCode` as argument-parser prints them, with the same prefix.
    static func exit(with error: any Error) -> Never {
        if let error = error as? SitegenError {
            write(errorPrefix + error.description + "\n")
            Foundation.exit(Interrupts.received.map { 128 + $0 } ?? EXIT_FAILURE)
        }
        Sitegen.exit(withError: error)
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
