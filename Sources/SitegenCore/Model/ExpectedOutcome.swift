/// How the author says an example ends: `expect=exit:N`, `expect=signal:N`, `expect=timeout`,
/// or the `allow-error` flag. Without either, an example must exit with code 0.
enum ExpectedOutcome: Sendable, Hashable, Codable {
    case success
    case exit(code: Int32)
    case signal(Int32)
    case timeout
    /// `allow-error`: any outcome is fine.
    case anything

    /// True when `outcome` is what the author declared.
    func accepts(_ outcome: RunOutcome) -> Bool {
        switch self {
        case .success: return outcome == .exited(code: 0)
        case .exit(let code): return outcome == .exited(code: code)
        case .signal(let signal): return outcome == .signaled(signal: signal)
        case .timeout: return outcome == .timedOut
        case .anything: return true
        }
    }

    /// The fence attribute that declares it, e.g. `expect=exit:1`; empty for `.success`.
    var attribute: String {
        switch self {
        case .success: return ""
        case .exit(let code): return "expect=exit:\(code)"
        case .signal(let signal): return "expect=signal:\(signal)"
        case .timeout: return "expect=timeout"
        case .anything: return "allow-error"
        }
    }

    /// Signal names accepted by `expect=signal:NAME`, with their Linux numbers.
    static let signalNumbers: [String: Int32] = [
        "HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "ABRT": 6, "FPE": 8, "KILL": 9, "SEGV": 11,
        "PIPE": 13, "ALRM": 14, "TERM": 15,
    ]

    /// Parses the value of `expect=`; nil when it is malformed.
    static func parse(_ value: String) -> ExpectedOutcome? {
        let lowered = value.lowercased()
        if lowered == "timeout" { return .timeout }
        if lowered == "success" || lowered == "exit:0" { return .success }
        let parts = lowered.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "exit":
            guard let code = Int32(parts[1]), (1...255).contains(code) else { return nil }
            return .exit(code: code)
        case "signal":
            if let number = Int32(parts[1]), (1...64).contains(number) { return .signal(number) }
            var name = parts[1].uppercased()
            if name.hasPrefix("SIG") { name.removeFirst(3) }
            return signalNumbers[name].map { .signal($0) }
        default:
            return nil
        }
    }
}
