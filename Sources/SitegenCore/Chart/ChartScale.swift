import Foundation

/// Maps a data interval onto a pixel interval, linearly (`end` may be above or below `start`).
struct LinearScale: Sendable, Hashable {
    var domain: ClosedRange<Double>
    var start: Double
    var end: Double

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return start }
        return start + (value - domain.lowerBound) / span * (end - start)
    }

    /// A scale from 0 to the last nice tick at or above `maximum`, with those ticks.
    static func zeroBased(upTo maximum: Double, from start: Double, to end: Double, count: Int = 5)
        -> (scale: LinearScale, ticks: [Double])
    {
        let ticks = SVGFormat.ticks(upTo: maximum, count: count)
        let top = max(ticks.last ?? 1, 1e-9)
        return (LinearScale(domain: 0...top, start: start, end: end), ticks)
    }
}

/// Maps a positive data interval onto pixels on a base-2 logarithmic axis (1, 2, 4, 8 evenly apart).
struct Log2Scale: Sendable, Hashable {
    var domain: ClosedRange<Double>
    var start: Double
    var end: Double

    func callAsFunction(_ value: Double) -> Double {
        let low = Self.log2(domain.lowerBound)
        let span = Self.log2(domain.upperBound) - low
        guard span > 0, value > 0 else { return start }
        return start + (Self.log2(value) - low) / span * (end - start)
    }

    /// The powers of two from the domain's lower bound up to its upper bound.
    var ticks: [Double] {
        var values: [Double] = []
        var value = 1.0
        while value < domain.lowerBound { value *= 2 }
        while value <= domain.upperBound * (1 + 1e-9) {
            values.append(value)
            value *= 2
        }
        return values
    }

    private static func log2(_ value: Double) -> Double { Foundation.log2(value) }
}
