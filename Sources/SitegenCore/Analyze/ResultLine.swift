import Foundation

/// The figures an experiment printed itself as its last `RESULT {json}` line.
struct ResultLine: Sendable, Hashable {
    /// The prefix that marks the line.
    static let prefix = "RESULT "

    let numbers: [String: Double]
    let texts: [String: String]

    init(numbers: [String: Double] = [:], texts: [String: String] = [:]) {
        self.numbers = numbers
        self.texts = texts
    }

    /// The last stdout line starting with `RESULT ` whose rest is a JSON object; nil when none.
    static func parse(_ lines: [OutputLine]) -> ResultLine? {
        for line in lines.reversed()
        where line.stream == .stdout && line.text.hasPrefix(prefix) {
            let json = Data(line.text.dropFirst(prefix.count).utf8)
            guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any]
            else { continue }
            var numbers: [String: Double] = [:]
            var texts: [String: String] = [:]
            for (key, value) in object {
                if let text = value as? String {
                    texts[key] = text
                } else if let number = value as? NSNumber {
                    numbers[key] = number.doubleValue
                }
            }
            return ResultLine(numbers: numbers, texts: texts)
        }
        return nil
    }
}
