import Foundation

extension FrontMatter {
    /// Splits `text` into front matter and body and reads the front matter as YAML. A file
    /// without a leading `---` has none.
    public static func parse(_ text: String) throws(Failure) -> FrontMatter {
        guard let block = try split(text) else {
            return FrontMatter(fields: [:], lines: [:], body: text, bodyFirstLine: 1)
        }
        let document: YAMLValue?
        do {
            document = try YAMLValue.parse(block.yaml, firstLine: block.yamlFirstLine)
        } catch {
            if let key = error.duplicateKey { throw .duplicate(line: error.line, key: key) }
            throw .invalid(line: error.line, problem: error.problem, hint: error.hint)
        }
        var fields: [String: String] = [:]
        var lines: [String: Int] = [:]
        var lists: [String: [String]] = [:]
        switch document {
        case nil: break
        case .mapping(let entries, _)?:
            for entry in entries {
                lines[entry.key] = entry.keyLine
                if listKeys.contains(entry.key), case .sequence(let items, _) = entry.value {
                    lists[entry.key] = try items.map { item throws(Failure) in
                        guard case .scalar(let value, _, _) = item else {
                            throw .notText(line: item.line, key: entry.key)
                        }
                        return value
                    }
                    continue
                }
                guard case .scalar(let value, _, _) = entry.value else {
                    throw .notText(line: entry.keyLine, key: entry.key)
                }
                fields[entry.key] = value
            }
        case let other?:
            let lines = block.yaml.utf8.split(
                separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let index = other.line - block.yamlFirstLine
            let text =
                lines.indices.contains(index)
                ? String(decoding: lines[index], as: UTF8.self).trimmingCharacters(in: .newlines)
                : ""
            throw .malformed(line: other.line, text: text)
        }
        return FrontMatter(
            fields: fields, lines: lines, lists: lists, body: block.body,
            bodyFirstLine: block.bodyFirstLine)
    }
}
