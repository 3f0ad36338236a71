/// Escaping for HTML/SVG text and attribute values.
///
/// Control characters other than tab and newline cannot appear in a valid document; they are
/// shown as their Unicode "control picture" (ESC becomes U+241B), so nothing an example prints
/// reaches the reader as a raw escape sequence.
enum Escape {
    static func text(_ string: String, into out: inout String) {
        if isClean(string, forAttribute: false) {
            out += string
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: appendVisible(scalar, into: &out)
            }
        }
    }

    static func attribute(_ string: String, into out: inout String) {
        if isClean(string, forAttribute: true) {
            out += string
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            default: appendVisible(scalar, into: &out)
            }
        }
    }

    /// `text(_:into:)` into a page's bytes: a clean string (the common case) is copied whole.
    static func text(_ string: String, into out: inout MarkupBuffer) {
        if isClean(string, forAttribute: false) { return out.append(string) }
        var escaped = ""
        text(string, into: &escaped)
        out.append(escaped)
    }

    /// `text(_:into:)` of whole UTF-8 (a slice of code between tokens) into a page's bytes.
    static func text(utf8: UnsafeBufferPointer<UInt8>, into out: inout MarkupBuffer) {
        if isClean(utf8, forAttribute: false) { return out.append(utf8) }
        var escaped = ""
        text(String(decoding: utf8, as: UTF8.self), into: &escaped)
        out.append(escaped)
    }

    /// `attribute(_:into:)` into a page's bytes.
    static func attribute(_ string: String, into out: inout MarkupBuffer) {
        if isClean(string, forAttribute: true) { return out.append(string) }
        var escaped = ""
        attribute(string, into: &escaped)
        out.append(escaped)
    }

    /// True when no byte of `string` needs escaping or replacing: the common case, appended
    /// whole instead of scalar by scalar (rendering speed, issue 5).
    private static func isClean(_ string: String, forAttribute: Bool) -> Bool {
        let clean = string.utf8.withContiguousStorageIfAvailable {
            isClean($0, forAttribute: forAttribute)
        }
        return clean ?? isClean(Array(string.utf8)[...], forAttribute: forAttribute)
    }

    private static func isClean<Bytes: RandomAccessCollection>(_ bytes: Bytes, forAttribute: Bool)
        -> Bool where Bytes.Element == UInt8, Bytes.Index == Int
    {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x7F: return false  // & < > DEL
            case 0x22, 0x27, 0x0A: if forAttribute { return false }  // " ' newline
            case 0x09: break
            case 0x00..<0x20: return false
            case 0xC2:  // C1 controls U+0080…U+009F
                if index + 1 < bytes.endIndex, (0x80...0x9F).contains(bytes[index + 1]) {
                    return false
                }
            case 0xEF:  // U+FFFE, U+FFFF
                if index + 2 < bytes.endIndex, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return false
                }
            default: break
            }
            index += 1
        }
        return true
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, into out: inout String) {
        let value = scalar.value
        if value == 0x09 || value == 0x0A {
            out.unicodeScalars.append(scalar)
        } else if value < 0x20 {
            out.unicodeScalars.append(Unicode.Scalar(0x2400 + value)!)
        } else if value == 0x7F {
            out.unicodeScalars.append(Unicode.Scalar(0x2421)!)
        } else if (0x80...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
            out.unicodeScalars.append(Unicode.Scalar(0xFFFD)!)
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    /// `string` with control characters shown as control pictures, nothing else changed.
    static func visible(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars { appendVisible(scalar, into: &out) }
        return out
    }

    static func text(_ string: String) -> String {
        var out = ""
        text(string, into: &out)
        return out
    }
}
