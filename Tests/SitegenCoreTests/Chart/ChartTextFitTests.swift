import Foundation
import Testing

@testable import SitegenCore

/// No chart text runs off its SVG, and no two legend entries overlap, by `TextWidth`'s
/// conservative estimate (each character as wide as in the widest common sans-serif font).
@Suite struct ChartTextFitTests {
    struct Text {
        var x: Double
        var y: Double
        var anchor: String
        var text: String
        var rotated: Bool
        var width: Double { TextWidth.of(text) }
        var left: Double { anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x }
        var right: Double { left + width }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// Every `<text>` of an SVG, with its position and anchor.
    static func texts(_ svg: String) -> [Text] {
        var result: [Text] = []
        var rest = svg[...]
        while let open = rest.range(of: "<text") {
            guard let close = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
                let end = rest.range(of: "</text>", range: close.upperBound..<rest.endIndex)
            else { break }
            let tag = rest[open.lowerBound..<close.upperBound]
            let text = String(rest[close.upperBound..<end.lowerBound])
                .replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<")
            result.append(
                Text(
                    x: Double(attribute("x", in: tag) ?? "0") ?? 0,
                    y: Double(attribute("y", in: tag) ?? "0") ?? 0,
                    anchor: attribute("text-anchor", in: tag) ?? "start", text: text,
                    rotated: attribute("transform", in: tag) != nil))
            rest = rest[end.upperBound...]
        }
        return result
    }

    static func width(_ svg: String) -> Double {
        Double(attribute("width", in: svg[..<(svg.firstIndex(of: ">") ?? svg.endIndex)]) ?? "0")
            ?? 0
    }

    static let longLabels = [
        "queue processes, size=65536", "multiprocessing.Queue, size=4096", "pipe, size=64",
    ]

    static func charts() -> [(String, any Chart)] {
        [
            (
                "comparison",
                ComparisonChart(
                    title: "IPC",
                    bars: longLabels.enumerated().map {
                        .init(
                            label: $0.element, median: 12.5 * Double($0.offset + 1), min: 10,
                            max: 40, slot: $0.offset)
                    }, runs: 5)
            ),
            (
                "memory",
                MemoryChart(
                    title: "Memory",
                    bars: longLabels.map { .init(label: $0, peakBytes: 1_500_000_000) },
                    measure: "summed RSS of the process tree, median of 5 runs' peaks")
            ),
            (
                "scaling",
                ScalingChart(
                    title: "Scaling",
                    series: ["Swift threads, workers", "CPython threads", "CPython processes"]
                        .enumerated().map {
                            .init(
                                label: $0.element, medianSeconds: [1: 1, 2: 0.6, 4: 0.5, 8: 0.5],
                                slot: $0.offset)
                        }, availableCores: 2, parameter: "workers")
            ),
            (
                "cputrace",
                CPUTraceChart(
                    title: "Cores",
                    series: [
                        "Swift threads, workers=2", "threads, workers=2", "processes, workers=2",
                    ].enumerated().map {
                        .init(
                            label: $0.element, samples: [.init(time: 0, cores: 1)],
                            slot: $0.offset)
                    }, availableCores: 2)
            ),
            (
                "swimlane",
                SwimlaneChart(
                    title: "Workers",
                    lanes: ["MainProcess/MainThread", "ForkServerProcess-1/MainThread"].map {
                        .init(label: $0, start: 0, end: 1, marks: [])
                    }, duration: 1)
            ),
        ]
    }

    @Test func everyTextFitsInsideItsSVG() {
        for (name, chart) in Self.charts() {
            let svg = chart.svg.rendered
            let width = Self.width(svg)
            #expect(width > 0)
            for text in Self.texts(svg) where !text.rotated {
                #expect(
                    text.left >= 0 && text.right <= width,
                    "\(name): '\(text.text)' spans \(text.left)…\(text.right) of \(width)")
            }
        }
    }

    @Test func legendEntriesNeverOverlap() {
        for (name, chart) in Self.charts() {
            let svg = chart.svg.rendered
            // Legend texts start 22 units after their swatch.
            let entries = Self.texts(svg).filter { _ in true }.filter { text in
                svg.contains(
                    "<text x=\"\(SVGFormat.number(text.x))\" y=\"\(SVGFormat.number(text.y))\" dy=\"0.35em\">\(text.text)</text>"
                )
                    && text.anchor == "start"
            }
            for (i, a) in entries.enumerated() {
                for b in entries[(i + 1)...] where a.y == b.y {
                    let apart =
                        a.right + 4 <= b.x - PlotArea.legendSwatch
                        || b.right + 4 <= a.x - PlotArea.legendSwatch
                    #expect(apart, "\(name): legend '\(a.text)' overlaps '\(b.text)'")
                }
            }
        }
    }

    /// The label the issue found cut off ("ng.Queue, size=65536") now fits.
    @Test func longBarLabelsWidenTheMargin() {
        let chart = ComparisonChart(
            title: "IPC",
            bars: [.init(label: "multiprocessing.Queue, size=65536", median: 1, min: 1, max: 1)],
            runs: 1)
        let label = Self.texts(chart.svg.rendered).first {
            $0.text == "multiprocessing.Queue, size=65536"
        }
        #expect(label.map { $0.left >= 0 } == true)
    }
}
