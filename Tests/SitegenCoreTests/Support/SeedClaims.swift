import Foundation

@testable import SitegenCore

/// The seed's eight claim fences as they were first migrated to `content/` (issue 10), read from
/// `Fixtures/seed-claims-as-migrated.txt`: the tests that pin verdicts and reasons on recorded or
/// hand-made figures decide these, so later edits of the content do not move what they check.
enum SeedClaims {
    static func asMigrated() throws -> [ClaimDeclaration] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Fixtures/seed-claims-as-migrated.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        var claims: [ClaimDeclaration] = []
        var page = ""
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("page ") { page = String(line.dropFirst(5)) }
            if line.hasPrefix("```claim") {
                let info = try FenceInfoParser.parse(String(line.dropFirst(3)))
                var body: [String] = []
                index += 1
                while index < lines.count, lines[index] != "```" {
                    body.append(lines[index])
                    index += 1
                }
                var claim = try ClaimParser.parse(
                    body.joined(separator: "\n"),
                    location: SourceLocation(file: "seed-claims-as-migrated.txt", line: index),
                    id: info["id"] ?? "claim")
                claim.page = page
                claims.append(claim)
            }
            index += 1
        }
        return claims
    }
}
