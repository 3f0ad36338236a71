/// Parses a fence's info string: `LANGUAGE [run] [key=value | key="quoted value" | flag]…`.
enum FenceInfoParser {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote(key: String)
        case emptyKey(word: String)
        case emptyValue(key: String)
        case invalidKey(String)

        var description: String {
            switch self {
            case .unterminatedQuote(let key): return "the value of '\(key)' has no closing quote"
            case .emptyKey(let word): return "'\(word)' has no name before '='"
            case .emptyValue(let key): return "'\(key)=' has no value"
            case .invalidKey(let key):
                return "'\(key)' is not a valid attribute name (letters, digits, '-' and '_')"
            }
        }
    }

    static func parse(_ infoString: String) throws(Failure) -> FenceInfo {
        let words = try split(infoString)
        guard let first = words.first else {
            return FenceInfo(language: "", isRunnable: false)
        }
        var info = FenceInfo(language: first.key.lowercased(), isRunnable: false)
        for word in words.dropFirst() {
            // `run` right after a language; without a language (`=x run`, found by Fuzz/) it is a
            // plain flag, so a runnable block always has one.
            if word.value == nil && word.key == "run" && !info.isRunnable
                && info.attributes.isEmpty && !info.language.isEmpty
            {
                info.isRunnable = true
                continue
            }
            guard !word.key.isEmpty else { throw .emptyKey(word: "=" + (word.value ?? "")) }
            guard word.key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            else { throw .invalidKey(word.key) }
            if let value = word.value {
                guard !value.isEmpty || word.quoted else { throw .emptyValue(key: word.key) }
                info.attributes.append(.init(key: word.key, value: value))
            } else {
                info.attributes.append(.init(key: word.key, value: ""))
            }
        }
        return info
    }

    private struct Word {
        var key: String
        var value: String?
        var quoted = false
    }

    /// Splits on spaces and tabs, honouring `key="a b"` quoting with `\"` and `\\` escapes.
    private static func split(_ string: String) throws(Failure) -> [Word] {
        var words: [Word] = []
        var scalars = Array(string.unicodeScalars)[...]
        while true {
            while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() }
            guard !scalars.isEmpty else { break }
            var key = ""
            while let c = scalars.first, c != " ", c != "\t", c != "=" {
                key.unicodeScalars.append(c)
                scalars.removeFirst()
            }
            guard scalars.first == "=" else {
                words.append(Word(key: key, value: nil))
                continue
            }
            scalars.removeFirst()
            var value = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                var closed = false
                while let c = scalars.popFirst() {
                    if c == "\\", let next = scalars.popFirst() {
                        value.unicodeScalars.append(next)
                    } else if c == "\"" {
                        closed = true
                        break
                    } else {
                        value.unicodeScalars.append(c)
                    }
                }
                guard closed else { throw .unterminatedQuote(key: key) }
                words.append(Word(key: key, value: value, quoted: true))
            } else {
                while let c = scalars.first, c != " ", c != "\t" {
                    value.unicodeScalars.append(c)
                    scalars.removeFirst()
                }
                words.append(Word(key: key, value: value))
            }
        }
        return words
    }
}
