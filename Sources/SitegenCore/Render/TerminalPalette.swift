/// Maps a terminal style to the stylesheet's classes (`ansi-fg-N`, `ansi-bg-N`, `ansi-bold` …).
///
/// Only the 16 standard colours have classes; a 256-palette or 24-bit colour is shown as the
/// nearest of them. Decided against inline `style="color:#…"`: the Nu checker would accept it and
/// it runs no script, but a colour chosen for a black terminal (bright yellow, say) is unreadable on
/// the light scheme, and no fixed colour reads well on both. The 16 classes are defined per scheme
/// in `Stylesheet` and checked by `StylesheetContrastTests`; every colour on the page stays one
/// whose contrast is tested, and pages need no `style` attribute (a strict CSP keeps working).
enum TerminalPalette {
    /// xterm's default RGB values for the 16 standard colours (xterm's `XTerm-col.ad`).
    static let standard: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
        (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The class suffix (0–15) for a colour.
    static func index(_ color: TerminalStyle.Color) -> Int {
        switch color {
        case .indexed(let n) where n < 16: return Int(n)
        case .indexed(let n): return nearest(rgb(ofPaletteEntry: Int(n)))
        case .rgb(let r, let g, let b): return nearest((Int(r), Int(g), Int(b)))
        }
    }

    /// The xterm 256-colour palette: 16–231 a 6×6×6 cube, 232–255 a grey ramp.
    static func rgb(ofPaletteEntry n: Int) -> (Int, Int, Int) {
        if n < 16 { return standard[n] }
        if n >= 232 {
            let level = 8 + 10 * (n - 232)
            return (level, level, level)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = n - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }

    /// The standard colour closest by the "redmean" weighted distance (a cheap approximation of
    /// perceived difference, www.compuphase.com/cmetric.htm).
    static func nearest(_ color: (Int, Int, Int)) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (index, candidate) in standard.enumerated() {
            let meanRed = (color.0 + candidate.0) / 2
            let (dr, dg, db) = (color.0 - candidate.0, color.1 - candidate.1, color.2 - candidate.2)
            let distance =
                (512 + meanRed) * dr * dr / 256 + 4 * dg * dg + (767 - meanRed) * db * db / 256
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The classes for a style, or "" for the terminal's default. Inverse swaps the colours; a
    /// default colour swapped in is `ansi-fg-inverse` / `ansi-bg-inverse`.
    static func classes(_ style: TerminalStyle) -> String {
        var classes: [String] = []
        let foreground = style.inverse ? style.background : style.foreground
        let background = style.inverse ? style.foreground : style.background
        if let foreground {
            classes.append("ansi-fg-\(index(foreground))")
        } else if style.inverse {
            classes.append("ansi-fg-inverse")
        }
        if let background {
            classes.append("ansi-bg-\(index(background))")
        } else if style.inverse {
            classes.append("ansi-bg-inverse")
        }
        if style.bold { classes.append("ansi-bold") }
        if style.dim { classes.append("ansi-dim") }
        if style.italic { classes.append("ansi-italic") }
        if style.underline { classes.append("ansi-underline") }
        return classes.joined(separator: " ")
    }
}
