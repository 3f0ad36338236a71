/// How an example's process ended: data to show, never an exception.
enum RunOutcome: Sendable, Hashable, Codable {
    case exited(code: Int32)
    case signaled(signal: Int32)
    case timedOut

    var succeeded: Bool { self == .exited(code: 0) }

    /// A short phrase for pages and progress lines.
    var summary: String {
        switch self {
        case .exited(let code): return "exited with code \(code)"
        case .signaled(let signal): return "killed by signal \(signal)"
        case .timedOut: return "timed out (process group killed)"
        }
    }
}
