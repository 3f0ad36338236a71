import Foundation

extension FrontMatter {
    /// Splits `text` into front matter and body and reads the front matter as YAML. A file
    /// without a leading `---` has none.
    static func parse(_ text: String) throws(Failure) -> FrontMatter {
        guard let block = try split(text) else {
            return FrontMatter(fields: [:], lines: [:], body: text, bodyFirstLine: 1)
        }
        if let (fields, lines) = plainFields(block) {
            return FrontMatter(
                fields: fields, lines: lines, body: block.body, bodyFirstLine: block.bodyFirstLine)
        }
        return try parseYAML(block)
    }

    /// The front matter read by libyaml (Yams): every case `plainFields` leaves to it.
    static func parseYAML(_ block: Block) throws(Failure) -> FrontMatter {
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

    /// The common front matter, read without a YAML parser: only `key: value` lines whose key is
    /// a word and whose value is a plain run of ASCII letters, digits, spaces and `.,_/()-` (not
    /// first), no key twice. YAML reads such lines as those very strings; anything else (quotes,
    /// comments, colons, lists, blank lines, other characters) is nil and goes to libyaml, whose
    /// composer cost a page a third of what cmark takes for it (issue 22).
    static func plainFields(_ block: Block) -> (fields: [String: String], lines: [String: Int])? {
        var yaml = block.yaml
        yaml.makeContiguousUTF8()
        return yaml.utf8.withContiguousStorageIfAvailable { bytes in
            var fields: [String: String] = [:]
            var lines: [String: Int] = [:]
            var start = 0
            var line = block.yamlFirstLine
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                guard let colon = keyEnd(bytes, start, end), colon + 2 < end,
                    bytes[colon + 1] == UInt8(ascii: " "),
                    isPlainValue(bytes[(colon + 2)..<end])
                else { return nil }
                let key = String(decoding: bytes[start..<colon], as: UTF8.self)
                guard fields[key] == nil else { return nil }
                fields[key] = String(decoding: bytes[(colon + 2)..<end], as: UTF8.self)
                lines[key] = line
                line += 1
                start = end + 1
            }
            return (fields, lines)
        } ?? nil
    }

    /// The offset of the `:` after a word key at the start of a line, or nil.
    private static func keyEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> Int?
    {
        guard start < end, isLetter(bytes[start]) || bytes[start] == UInt8(ascii: "_") else {
            return nil
        }
        var index = start + 1
        while index < end, bytes[index] != UInt8(ascii: ":") {
            let byte = bytes[index]
            guard
                isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-")
            else { return nil }
            index += 1
        }
        return index < end ? index : nil
    }

    private static func isPlainValue(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = value.first, let last = value.last, first != UInt8(ascii: " "),
            first != UInt8(ascii: "-"), last != UInt8(ascii: " ")
        else { return false }
        return value.allSatisfy { byte in
            isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: " ")
                || ".,_/()-".utf8.contains(byte)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
