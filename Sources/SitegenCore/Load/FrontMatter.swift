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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasSuffix("\r") { lines[0] = first.dropLast() }
        guard lines.first == "---" else {
            return FrontMatter(fields: [:], lines: [:], body: text, bodyFirstLine: 1)
        }
        var fields: [String: String] = [:]
        var keyLines: [String: Int] = [:]
        for index in 1..<lines.count {
            var line = lines[index]
            if line.hasSuffix("\r") { line = line.dropLast() }
            let number = index + 1
            if line == "---" {
                let body = lines[(index + 1)...].joined(separator: "\n")
                return FrontMatter(
                    fields: fields, lines: keyLines, body: body, bodyFirstLine: number + 1)
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
