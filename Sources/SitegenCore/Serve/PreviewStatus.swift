/// What the preview server tells the open pages: which build they should show, whether a build
/// is running (and which example), and the last build's error.
public struct PreviewStatus: Sendable, Hashable, Codable {
    /// Bumped by every change of this status: a waiting page answers when it moves.
    public var version = 0
    /// Bumped by every successful build: a page built from an older one reloads.
    public var generation = 0
    public var building = false
    /// The example running now, e.g. `[2/5] threads-demo (threads.md:12), run 3/6`.
    public var running: String?
    /// The last build's error, nil when it succeeded; the last good site stays served.
    public var error: PreviewError?

    public init() {}
}

/// A build error as the browser shows it: where, what, and what to do.
public struct PreviewError: Sendable, Hashable, Codable {
    /// `file:line`, or the path concerned; nil when the error has no place.
    var place: String?
    var message: String
    var hint: String

    init(place: String?, message: String, hint: String) {
        self.place = place
        self.message = message
        self.hint = hint
    }

    public init(_ error: SitegenError) {
        self.init(
            place: error.location?.description ?? error.path, message: error.message,
            hint: error.hint)
    }
}
