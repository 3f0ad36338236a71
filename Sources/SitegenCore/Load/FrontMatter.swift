/// `---`-fenced YAML at the top of a page: `key: value` lines whose values are text.
struct FrontMatter: Sendable, Hashable {
    var fields: [String: String]
    /// Line (1-based) of each key, for error messages.
    var lines: [String: Int]
    /// The values of the keys that take a list (`listKeys`), when written as one.
    var lists: [String: [String]] = [:]
    /// The Markdown after the front matter.
    var body: String
    /// The line of the file on which `body` starts.
    var bodyFirstLine: Int

    /// The keys whose value may be a list of text (`files: [data.csv, util.py]`).
    static let listKeys: Set<String> = ["files"]

    enum Failure: Error, Equatable {
        case unterminated
        /// The front matter is YAML but not `key: value` lines (a list, a lone word).
        case malformed(line: Int, text: String)
        case duplicate(line: Int, key: String)
        /// Not YAML: the parser's problem at the line of its cause, with what to write instead
        /// when the problem is a known one (an unclosed `[`).
        case invalid(line: Int, problem: String, hint: String? = nil)
        /// The value of `key` is a list or a mapping, where text is expected.
        case notText(line: Int, key: String)
    }

    /// The front matter's lines as they stand in the file, before they are read as YAML.
    struct Block: Sendable, Hashable {
        /// The text between the `---` lines.
        var yaml: String
        /// Line of the file on which `yaml` starts (2).
        var yamlFirstLine: Int
        var body: String
        var bodyFirstLine: Int
    }

    /// Splits `text` at the `---` lines; nil when the file does not start with `---`. Pure
    /// string work, no YAML (Fuzz/FrontMatterFuzzer.swift fuzzes it on its own).
    static func split(_ text: String) throws(Failure) -> Block? {
        // On UTF-8 bytes: "\r\n" is one Character, so a Character search for "\n" misses it.
        let bytes = text.utf8
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n"),
            let first = bytes.firstIndex(of: newline)
        else { return nil }
        let start = bytes.index(after: first)
        var lineStart = start
        var number = 1
        while lineStart < bytes.endIndex {
            number += 1
            // A line ends at "\n", "\r\n" or a lone "\r", as cmark and libyaml count lines (a
            // lone "\r" counted by neither put YAML key lines past the front matter; Fuzz/).
            let end =
                bytes[lineStart...].firstIndex { $0 == newline || $0 == carriageReturn }
                ?? bytes.endIndex
            let line = bytes[lineStart..<end]
            var next = end
            if end < bytes.endIndex {
                next = bytes.index(after: end)
                if bytes[end] == carriageReturn, next < bytes.endIndex, bytes[next] == newline {
                    next = bytes.index(after: next)
                }
            }
            if line.elementsEqual("---".utf8) {
                return Block(
                    yaml: String(text[start..<lineStart]), yamlFirstLine: 2,
                    body: String(text[next...]), bodyFirstLine: number + 1)
            }
            lineStart = next
        }
        throw .unterminated
    }
}
