import Foundation

/// Number formats used on pages.
enum Format {
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

    static func seconds(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.3f s", seconds) : String(format: "%.1f ms", seconds * 1000)
    }

    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
