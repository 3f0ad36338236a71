/// An example's measurement warnings, each with what to do about it.
enum WarningsView {
    static func node(_ warnings: [MeasurementWarning]) -> Node? {
        guard !warnings.isEmpty else { return nil }
        let items = warnings.map { warning in
            Node.el(
                "li", [("class", "warning"), ("data-kind", warning.kind)],
                [
                    .el("strong", text: warning.text), .text(" — \(warning.hint)."),
                ])
        }
        return .el("ul", [("class", "warnings"), ("aria-label", "Measurement warnings")], items)
    }
}
