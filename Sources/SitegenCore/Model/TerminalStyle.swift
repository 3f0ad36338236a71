/// The graphic rendition a terminal applies to the characters printed after an SGR sequence
/// (`ESC [ … m`): colours, bold, dim, italic, underline, inverse.
struct TerminalStyle: Sendable, Hashable {
    /// A colour as a program asked for it: an entry of the 256-colour palette (0–15 are the 16
    /// standard colours) or a 24-bit colour.
    enum Color: Sendable, Hashable {
        case indexed(UInt8)
        case rgb(UInt8, UInt8, UInt8)
    }

    var foreground: Color?
    var background: Color?
    var bold = false
    var dim = false
    var italic = false
    var underline = false
    var inverse = false

    init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
        italic: Bool = false, underline: Bool = false, inverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.inverse = inverse
    }

    /// The terminal's default: no colour, no attribute.
    static let plain = TerminalStyle()

    var isPlain: Bool { self == .plain }
}

/// A stretch of one output line printed in one style.
struct TerminalRun: Sendable, Hashable {
    var style: TerminalStyle
    var text: String

}
