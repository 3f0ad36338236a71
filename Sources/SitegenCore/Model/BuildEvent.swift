/// What the Execute stage is doing, as structured events beside the progress lines (a progress
/// bar and the preview server's status read these; the text lines stay as they are).
public enum BuildEvent: Sendable, Hashable {
    /// Examples are about to run: how many, and how many process runs (warm-ups included).
    case planned(examples: Int, runs: Int)
    /// Example `index` (1-based) of `count` starts.
    case exampleStarted(index: Int, count: Int, id: String, location: SourceLocation, runs: Int)
    /// One run of it (warm-up or measured) ended after `seconds` (wall).
    case runFinished(index: Int, id: String, seconds: Double)
    /// It is done (all its runs, or it failed).
    case exampleFinished(index: Int, id: String)
}
