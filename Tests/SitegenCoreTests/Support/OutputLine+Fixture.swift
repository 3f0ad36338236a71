@testable import SitegenCore

extension OutputLine {
    /// The same line, attributed to `owner` (the model has no setters).
    func owned(by owner: LineOwner?) -> OutputLine {
        OutputLine(time: time, stream: stream, text: text, owner: owner)
    }
}
