/// A conservative estimate of how wide a line of chart text renders, so margins and legends can be
/// sized without a font engine. Each character counts as the widest it is in common sans-serif
/// fonts (DejaVu Sans, the widest of the usual fallbacks, Helvetica, Roboto), rounded up: a label
/// measured to fit here fits in the browser.
enum TextWidth {
    /// The font size of chart text, in SVG user units (the stylesheet's `svg.chart` font-size).
    static let fontSize = 13.0

    /// Width in user units of `text` at `size`.
    static func of(_ text: String, size: Double = fontSize) -> Double {
        var ems = 0.0
        for character in text {
            ems += em(character)
        }
        return ems * size
    }

    /// A character's advance in ems, rounded up to the widest common sans-serif font's.
    static func em(_ character: Character) -> Double {
        switch character {
        case "i", "j", "l", "I", "!", "|", "'", ".", ",", ":", ";": return 0.34
        case " ", "f", "t", "r", "(", ")", "[", "]", "/", "\\", "-": return 0.45
        case "m", "w", "M", "W", "@", "%": return 1.0
        case "—", "…": return 1.0
        case "A"..."Z", "_": return 0.78
        case "0"..."9", "#", "$", "×", "±", "≤", "≥", "→", "₂": return 0.66
        default:
            return character.isASCII ? 0.64 : 0.8
        }
    }
}
