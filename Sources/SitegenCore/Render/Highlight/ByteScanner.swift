/// The byte-level helpers the lexers share: character classes and common token shapes.
enum ByteScanner {
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
            || byte >= 0x80
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The end of the identifier starting at `start`.
    static func identifierEnd(_ code: [UInt8], from start: Int) -> Int {
        var index = start
        while index < code.count, isIdentifierPart(code[index]) { index += 1 }
        return index
    }

    /// The end of the line (the index of its newline, or the end of the code).
    static func lineEnd(_ code: [UInt8], from start: Int) -> Int {
        var index = start
        while index < code.count, code[index] != 0x0A { index += 1 }
        return index
    }

    /// The end of a number literal: digits, letters (hex, exponents, suffixes), `_`, `.` and a
    /// sign right after an exponent.
    static func numberEnd(_ code: [UInt8], from start: Int) -> Int {
        var index = start
        let hex = code[start] == 0x30 && start + 1 < code.count && (code[start + 1] | 0x20) == 0x78
        while index < code.count {
            let byte = code[index]
            if isIdentifierPart(byte) && byte < 0x80 {
                index += 1
            } else if byte == 0x2E, index + 1 < code.count, isDigit(code[index + 1]) {
                index += 1
            } else if byte == 0x2B || byte == 0x2D, !hex, (code[index - 1] | 0x20) == 0x65 {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The end of a string opened by `quote` (repeated `count` times) at `start`, honouring
    /// backslash escapes; an unterminated single-line string ends at the line's end.
    static func stringEnd(_ code: [UInt8], from start: Int, quote: UInt8, count: Int) -> Int {
        var index = start + count
        while index < code.count {
            let byte = code[index]
            if byte == 0x5C {
                index += 2
                continue
            }
            if byte == 0x0A && count == 1 { return index }
            if byte == quote && closes(code, at: index, quote: quote, count: count) {
                return index + count
            }
            index += 1
        }
        return code.count
    }

    static func closes(_ code: [UInt8], at index: Int, quote: UInt8, count: Int) -> Bool {
        guard index + count <= code.count else { return false }
        for offset in 0..<count where code[index + offset] != quote { return false }
        return true
    }

    /// True when only spaces and tabs stand between the line's start and `index`.
    static func startsLine(_ code: [UInt8], at index: Int) -> Bool {
        var back = index - 1
        while back >= 0, code[back] == 0x20 || code[back] == 0x09 { back -= 1 }
        return back < 0 || code[back] == 0x0A
    }

    /// The word of `code[start..<end]`, compared against a keyword set without a String copy
    /// for the common case of short ASCII words.
    static func word(_ code: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: code[start..<end], as: UTF8.self)
    }
}
