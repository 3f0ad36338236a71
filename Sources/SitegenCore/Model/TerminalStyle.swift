/// The graphic rendition a terminal applies to the characters printed after an SGR sequence
/// (`ESC [ … m`): colours, bold, dim, italic, underline, inverse.
public struct TerminalStyle: Sendable, Hashable {
    /// A colour as a program asked for it: an entry of the 256-colour palette (0–15 are the 16
    /// standard colours) or a 24-bit colour.
    public enum Color: Sendable, Hashable {
        case indexed(UInt8)
        case rgb(UInt8, UInt8, UInt8)
    }

    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var inverse = false

    public init(
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
    public static let plain = TerminalStyle()

    public var isPlain: Bool { self == .plain }
}

/// A stretch of one output line printed in one style.
public struct TerminalRun: Sendable, Hashable {
    public var style: TerminalStyle
    public var text: String

    public init(style: TerminalStyle, text: String) {
        self.style = style
        self.text = text
    }
}
