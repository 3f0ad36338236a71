/// `---`-fenced `key: value` lines at the top of a page.
public struct FrontMatter: Sendable, Hashable {
    public var fields: [String: String]
    /// Line (1-based) of each key, for error messages.
    public var lines: [String: Int]
    /// The Markdown after the front matter.
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyFirstLine: Int

    public enum Failure: Error, Equatable {
        case unterminated
        case malformed(line: Int, text: String)
        case duplicate(line: Int, key: String)
    }

    /// Splits `text` into front matter and body. A file without a leading `---` has none.
    public static func parse(_ text: String) throws(Failure) -> FrontMatter {
        // A Swift Character "\r\n" is one grapheme, not "\r" then "\n": look for either.
        // (Searching for "\n" alone crashed on "---\r\n…", found by Fuzz/FrontMatterFuzzer.swift.)
        let isLineEnd: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n"),
            let firstEnd = text.firstIndex(where: isLineEnd)
        else {
            return FrontMatter(fields: [:], lines: [:], body: text, bodyFirstLine: 1)
        }
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        var rest = text[text.index(after: firstEnd)...]
        var number = 1
        while !rest.isEmpty {
            number += 1
            let end = rest.firstIndex(where: isLineEnd)
            var line = end.map { rest[..<$0] } ?? rest
            rest = end.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line == "---" {
                return FrontMatter(
                    fields: fields, lines: keyLines, body: String(rest), bodyFirstLine: number + 1)
            }
            if line.trimmingWhitespace.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw .malformed(line: number, text: String(line))
            }
            let key = String(line[..<colon].trimmingWhitespace)
            var value = line[line.index(after: colon)...].trimmingWhitespace
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = value.dropFirst().dropLast()
            }
            guard !key.isEmpty,
                key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
            else { throw .malformed(line: number, text: String(line)) }
            guard fields[key] == nil else { throw .duplicate(line: number, key: key) }
            fields[key] = String(value)
            keyLines[key] = number
        }
        throw .unterminated
    }
}
