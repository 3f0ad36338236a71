import Foundation

/// Where and when an example's figures were measured, and whether this build measured them or
/// took them from the execution cache. The one who hands the result over says which: the runner
/// (`measured`) or the cache (`reused`, keeping the measuring build's host and time).
struct Provenance: Sendable, Hashable, Codable {
    enum Origin: String, Sendable, Hashable, Codable {
        /// Measured by this build (or by the `sitegen measure` whose file is merged).
        case measured
        /// Taken from the execution cache; measured by an earlier build.
        case reused
    }

    /// UTC, ISO 8601 to the second: `2026-11-25T04:10:33Z`.
    let measuredAt: String
    /// The measuring machine's host name.
    let hostname: String
    let origin: Origin

    init(measuredAt: String, hostname: String, origin: Origin = .measured) {
        self.measuredAt = measuredAt
        self.hostname = hostname
        self.origin = origin
    }

    /// The same measurement, as the cache hands it over.
    var reused: Provenance {
        Provenance(measuredAt: measuredAt, hostname: hostname, origin: .reused)
    }

    /// `2026-11-25 04:10 UTC`, as the page shows it.
    var shortDate: String {
        let text = measuredAt.replacingOccurrences(of: "T", with: " ")
        return text.count >= 16 ? String(text.prefix(16)) + " UTC" : text
    }

    enum CodingKeys: String, CodingKey { case measuredAt, hostname, origin }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        measuredAt = try container.decode(String.self, forKey: .measuredAt)
        hostname = try container.decode(String.self, forKey: .hostname)
        // Entries written before `origin` existed were all stored by the build that measured them.
        origin = try container.decodeIfPresent(Origin.self, forKey: .origin) ?? .measured
    }
}

extension Provenance {
    /// This machine, now.
    static func now() -> Provenance {
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
