/// What a result is called on charts and in sentences: read from the result itself.
extension ExampleResult {
    /// The model the program names in its RESULT line (`"model": "threads"`), else its base id.
    var model: String { ResultLine.parse(lines)?.texts["model"] ?? example.baseID }

    /// "size=64, workers=2": the example's parameters, sorted by name.
    var configuration: String {
        example.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: ", ")
    }

    /// The chart's `label=` (`written`, by example id), else its model; with its configuration.
    func label(parameters: Bool = true, written: [String: String] = [:]) -> String {
        let name = written[example.id] ?? model
        guard parameters, !example.parameters.isEmpty else { return name }
        return "\(name), \(configuration)"
    }

    /// The whole-number value of the swept parameter of this configuration.
    func sweepValue(_ parameter: String) -> Int? {
        example.parameters[parameter].flatMap { Int($0) }
    }
}
