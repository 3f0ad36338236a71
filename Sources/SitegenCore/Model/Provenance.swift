import Foundation

/// Where and when an example's figures were measured; a result reused from the execution cache
/// keeps the provenance of the build that measured it.
public struct Provenance: Sendable, Hashable, Codable {
    /// UTC, ISO 8601 to the second: `2026-11-25T04:10:33Z`.
    public var measuredAt: String
    /// The measuring machine's host name.
    public var hostname: String

    public init(measuredAt: String, hostname: String) {
        self.measuredAt = measuredAt
        self.hostname = hostname
    }

    /// `2026-11-25 04:10 UTC`, as the page shows it.
    public var shortDate: String {
        let text = measuredAt.replacingOccurrences(of: "T", with: " ")
        return text.count >= 16 ? String(text.prefix(16)) + " UTC" : text
    }
}

extension Provenance {
    /// This machine, now.
    public static func now() -> Provenance {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let date = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900,
            Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min),
            Int(parts.tm_sec))
        var name = [CChar](repeating: 0, count: 256)
        let host =
            gethostname(&name, name.count - 1) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : "unknown host"
        return Provenance(measuredAt: date, hostname: host)
    }
}
