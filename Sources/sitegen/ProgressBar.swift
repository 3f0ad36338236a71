import Foundation
import SitegenCore

/// The build's progress as one line redrawn in place at the bottom of a terminal: runs done of
/// the total, the example running, the time left. Progress lines print above it. Only when
/// stderr is a terminal; CI logs keep the plain lines.
final class ProgressBar: @unchecked Sendable {
    nonisolated(unsafe) static var shown: ProgressBar?
    private let lock = NSLock()
    private var progress = BuildProgress()
    private var drawn = false

    /// The bar, or nil when stderr is not a terminal (or `TERM=dumb`).
    static func forStandardError() -> ProgressBar? {
        guard isatty(STDERR_FILENO) == 1,
            ProcessInfo.processInfo.environment["TERM"] != "dumb"
        else { return nil }
        let bar = ProgressBar()
        shown = bar
        return bar
    }

    func handle(_ event: BuildEvent) {
        lock.withLock {
            progress.apply(event)
            if case .exampleFinished = event, progress.doneRuns >= progress.totalRuns {
                clearLocked()
            } else {
                drawLocked()
            }
        }
    }

    /// Writes `text` (a whole line) above the bar.
    func print(_ text: String) {
        lock.withLock {
            let wasDrawn = drawn
            clearLocked()
            FileHandle.standardError.write(Data(text.utf8))
            if wasDrawn { drawLocked() }
        }
    }

    private func drawLocked() {
        guard progress.totalRuns > 0 else { return }
        let line = progress.line(width: Self.columns())
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }

    private func clearLocked() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
