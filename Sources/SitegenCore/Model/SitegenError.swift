/// A build failure to show the user as `file:line: what is wrong — what to do`.
///
/// Each stage throws these with its own `stage`; the command prints them in one place.
public struct SitegenError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Stage: String, Sendable, Hashable {
        case options, load, parse, execute, render, write
    }

    var stage: Stage
    /// A file and line in the content, when the problem has one.
    var location: SourceLocation?
    /// A path that is not content (the output folder, an interpreter), when that is the subject.
    var path: String?
    var message: String
    /// What to do about it.
    var hint: String

    public init(
        _ stage: Stage, at location: SourceLocation? = nil, path: String? = nil, _ message: String,
        hint: String
    ) {
        self.stage = stage
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? path.map { "\($0): " } ?? ""
        return "\(place)\(message) — \(hint)"
    }
}
