/// Escaping for HTML/SVG text and attribute values.
///
/// Control characters other than tab and newline cannot appear in a valid document; they are
/// shown as their Unicode "control picture" (ESC becomes U+241B), so nothing an example prints
/// reaches the reader as a raw escape sequence.
enum Escape {
    static func text(_ string: String, into out: inout String) {
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
