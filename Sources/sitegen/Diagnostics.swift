import Foundation
import SitegenCore

/// The one place that prints to the terminal.
enum Diagnostics {
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data("sitegen: \(line)\n".utf8))
    }

    static func error(_ error: SitegenError) {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
    }
}
