/// Fixed-digit numbers for SVG attributes, so output is byte-for-byte deterministic.
enum SVGFormat {
    static func number(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(Int((abs(rounded) * scale).rounded()))
        while text.count <= digits { text = "0" + text }
        let split = text.index(text.endIndex, offsetBy: -digits)
        var result = (rounded < 0 ? "-" : "") + text[..<split] + "." + text[split...]
        while result.hasSuffix("0") { result.removeLast() }
        return result
    }

    /// "Nice" tick values covering 0…`maximum` (1, 2 or 5 × 10ⁿ steps, about `count` of them).
    static func ticks(upTo maximum: Double, count: Int = 5) -> [Double] {
        guard maximum > 0, maximum.isFinite else { return [0] }
        let rough = maximum / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step =
            [1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        var values: [Double] = []
        var value = 0.0
        while value <= maximum + step * 1e-9 {
            values.append(value)
            value += step
        }
        if let last = values.last, last < maximum { values.append(last + step) }
        return values
    }
}
