import Yams

/// A YAML document as sitegen reads it: text scalars, mappings in source order and sequences,
/// each with its line. The only file that talks to Yams (libyaml underneath); it copies what it
/// needs out of Yams' nodes, so no Yams type escapes.
indirect enum YAMLValue: Sendable, Hashable {
    /// A scalar's text as written (without quotes); `quoted` when it was in quotes.
    case scalar(String, line: Int, quoted: Bool)
    case mapping([Entry], line: Int)
    case sequence([YAMLValue], line: Int)

    /// One `key: value` of a mapping.
    struct Entry: Sendable, Hashable {
        var key: String
        var keyLine: Int
        var value: YAMLValue
    }

    /// Why a text is not YAML sitegen can read, at a line of the text.
    struct Failure: Error, Sendable, Hashable {
        var line: Int
        var problem: String
        /// The key set twice, when that is the problem.
        var duplicateKey: String? = nil
        /// What to write instead, when the problem says more than "not YAML" (an unclosed `[`).
        var hint: String? = nil
    }

    var line: Int {
        switch self {
        case .scalar(_, let line, _), .mapping(_, let line), .sequence(_, let line): return line
        }
    }

    /// "text", "a mapping", "a list": for error messages.
    var kind: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        }
    }

    /// The first document of `text`; nil when it is empty. `firstLine` is the line of the file
    /// on which `text` starts (front matter starts on line 2). Duplicate keys, anchors that lead
    /// nowhere and syntax errors are failures at their line.
    static func parse(_ text: String, firstLine: Int = 1) throws(Failure) -> YAMLValue? {
        let offset = firstLine - 1
        let node: Yams.Node?
        do {
            // UTF-8 named explicitly: Yams' default encoding reads the whole process environment
            // on every call (a tenth of a build's instructions, one call per page; issue 22).
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw failure(error, offset: offset)
        } catch {
            throw Failure(line: firstLine, problem: "\(error)")
        }
        guard let node else { return nil }
        var budget = maxValues
        return try value(node, offset: offset, fallbackLine: firstLine, budget: &budget)
    }

    /// The most values one document may hold once its aliases are expanded. Yams resolves an
    /// alias (`*name`) to the anchored node, so nine nested aliases of nine items each (400
    /// bytes of text) stand for 9⁹ values; counting them as they are copied bounds the work.
    static let maxValues = 100_000

    private static func value(
        _ node: Yams.Node, offset: Int, fallbackLine: Int, budget: inout Int
    ) throws(Failure) -> YAMLValue {
        let line = node.mark.map { $0.line + offset } ?? fallbackLine
        budget -= 1
        guard budget >= 0 else {
            throw Failure(
                line: line,
                problem:
                    "this document stands for more than \(maxValues) values once its aliases (*name) are expanded: write the values out instead of nesting aliases"
            )
        }
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return .scalar(scalar.string, line: line, quoted: quoted)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, item) in mapping {
                let keyLine = key.mark.map { $0.line + offset } ?? line
                guard case .scalar(let scalar) = key else {
                    throw Failure(line: keyLine, problem: "a key must be a word, not \(key)")
                }
                entries.append(
                    Entry(
                        key: scalar.string, keyLine: keyLine,
                        value: try value(
                            item, offset: offset, fallbackLine: keyLine, budget: &budget)))
            }
            return .mapping(entries, line: line)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                items.append(
                    try value(item, offset: offset, fallbackLine: line, budget: &budget))
            }
            return .sequence(items, line: line)
        case .alias:
            throw Failure(
                line: line, problem: "aliases (*name) are not supported here: write the value out")
        }
    }

    private static func failure(_ error: YamlError, offset: Int) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            if let context, let cause = cause(context, yaml: yaml, offset: offset) {
                return cause
            }
            return Failure(line: mark.line + offset, problem: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Failure(
                line: context.mark.line + offset,
                problem: "\(keys) \(duplicates.count == 1 ? "is" : "are") set more than once",
                duplicateKey: duplicates.first)
        case .reader(let problem, _, _, _):
            return Failure(line: offset + 1, problem: problem)
        default:
            return Failure(line: offset + 1, problem: "\(error)")
        }
    }

    /// The failure at the line of its cause, for the problems libyaml finds only later: a `[`,
    /// `{` or quote that is never closed is noticed where the text goes on without it (the next
    /// line, or the end), but its context mark is where it opened. Other contexts ("while
    /// parsing a block mapping") mark where the enclosing value starts, not the cause: nil, so
    /// the problem's own line stands.
    private static func cause(_ context: YamlError.Context, yaml: String, offset: Int)
        -> Failure?
    {
        let line = context.mark.line + offset
        switch context.text {
        case "while parsing a flow sequence":
            return Failure(
                line: line, problem: "this '[' is never closed",
                hint:
                    "close the list with ']' (a list in brackets may span lines, but needs its ']'), or write one '- item' line per item"
            )
        case "while parsing a flow mapping":
            return Failure(
                line: line, problem: "this '{' is never closed",
                hint: "close the mapping with '}', or write one 'key: value' line per entry")
        case "while scanning a quoted scalar":
            let quote = character(yaml, line: context.mark.line, column: context.mark.column)
            let mark = quote == "'" ? "'" : "\""
            return Failure(
                line: line, problem: "this quoted text is never closed (no closing \(mark))",
                hint: "end the value with \(mark) on the same line")
        case "while scanning a simple key":
            return Failure(
                line: line, problem: "this line has no ':' after its first word",
                hint: "write key: value, e.g. title: My page (or indent it under the key above)")
        default:
            return nil
        }
    }

    /// The character at libyaml's 1-based `line` and `column` of `text` (nil past its end).
    private static func character(_ text: String, line: Int, column: Int) -> Character? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let row = lines[line - 1]
        guard column >= 1, column <= row.count else { return nil }
        return row[row.index(row.startIndex, offsetBy: column - 1)]
    }
}
