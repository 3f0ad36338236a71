import Foundation
import Testing

@testable import SitegenCore

/// WCAG 2.x contrast of every text colour the stylesheet uses, in the light and dark schemes.
@Suite struct StylesheetContrastTests {
    /// Text colours and the backgrounds they are drawn on.
    static let textPairs: [(String, String)] = {
        let page: [(String, String)] = ["fg", "muted", "link", "ok", "bad"].flatMap {
            [($0, "bg"), ($0, "panel")]
        }
        let code: [(String, String)] = ["kw", "str", "com", "num", "bi", "dec", "fn", "ty", "var"]
            .map { ("hl-\($0)", "panel") }
        // Captured output: the 16 SGR colours on the terminal, the terminal's text on the 16
        // background colours, and inverse video.
        let colours: [(String, String)] = (0..<16).map { ("ansi-\($0)", "term-bg") }
        let backgrounds: [(String, String)] = (0..<16).map { ("term-fg", "ansi-bg-\($0)") }
        let terminal: [(String, String)] = [("term-fg", "term-bg"), ("term-bg", "term-fg")]
        return page + [("fg", "warn-bg")] + code + colours + backgrounds + terminal
    }()
    /// Non-text marks (chart lines, focus ring) need 3:1 (WCAG 1.4.11).
    static let graphicPairs: [(String, String)] =
        (0..<SitePalette.slots).flatMap { [("c\($0)", "panel"), ("c\($0)", "bg")] }
        + [("accent", "bg"), ("accent", "panel"), ("ref", "bg"), ("ref", "panel")]

    /// `--name: #rrggbb` declarations of the block that starts at `marker`.
    static func variables(after marker: String) -> [String: String] {
        let css = Stylesheet.css
        guard let start = css.range(of: marker) else { return [:] }
        let block = css[start.upperBound...].prefix { $0 != "}" }
        var result: [String: String] = [:]
        for declaration in block.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespacesAndNewlines)
            let value = parts[1].trimmingCharacters(in: .whitespacesAndNewlines)
            if name.hasPrefix("--"), value.hasPrefix("#") {
                result[String(name.dropFirst(2))] = value
            }
        }
        return result
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { raw in
            let c = Double(raw) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func contrastFormulaMatchesKnownValues() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }

    @Test(arguments: [":root {", "prefers-color-scheme: dark) {\n  :root {"])
    func everyPairIsReadable(scheme: String) {
        let light = Self.variables(after: ":root {")
        let colours = light.merging(Self.variables(after: scheme)) { $1 }
        #expect(colours.count >= 20)
        for (pairs, minimum) in [(Self.textPairs, 4.5), (Self.graphicPairs, 3.0)] {
            for (fg, bg) in pairs {
                guard let f = colours[fg], let b = colours[bg] else {
                    Issue.record("--\(fg) or --\(bg) is not defined")
                    continue
                }
                let ratio = Self.contrast(f, b)
                #expect(ratio >= minimum, "--\(fg) \(f) on --\(bg) \(b): \(ratio)")
            }
        }
    }

    @Test func everyTerminalColourHasAClassAndIsDefinedInBothSchemes() {
        let light = Self.variables(after: ":root {")
        let dark = Self.variables(after: "prefers-color-scheme: dark) {\n  :root {")
        for index in 0..<16 {
            for name in ["ansi-\(index)", "ansi-bg-\(index)"] {
                #expect(light[name] != nil && dark[name] != nil, "--\(name)")
            }
            #expect(Stylesheet.css.contains(".ansi-fg-\(index) { color: var(--ansi-\(index)); }"))
            #expect(
                Stylesheet.css.contains(
                    ".ansi-bg-\(index) { background: var(--ansi-bg-\(index)); }"))
        }
        // The 16 colours differ from each other within a scheme, apart from deliberate pairs.
        #expect(Set((0..<16).compactMap { dark["ansi-\($0)"] }).count >= 15)
    }
}

extension StylesheetContrastTests {
    /// Every colour slot the palette hands out has its rules: chart series, line-table workers
    /// and timeline marks.
    @Test func everyPaletteSlotIsStyled() {
        let css = Stylesheet.css + ChartStyles.css
        for slot in 0..<SitePalette.slots {
            #expect(css.contains("svg.chart .series-\(slot) { --series: var(--c\(slot)); }"))
            #expect(
                css.contains(
                    "tr.worker-\(slot) td.worker { border-left: 4px solid var(--c\(slot)); }"))
            #expect(css.contains(".mark-\(slot) { stroke: var(--c\(slot)); }"))
        }
    }
}
