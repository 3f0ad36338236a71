/// Examples that did not end as their fence declares, as build errors: a failed example is shown
/// on its page, and then fails the build unless the author wrote `expect=` or `allow-error`.
enum UnexpectedOutcomes {
    static func errors(_ results: [ExampleResult]) -> [SitegenError] {
        results.filter { !$0.isExpected }.map(error)
    }

    static func error(_ result: ExampleResult) -> SitegenError {
        let example = result.example
        let outcome = result.capture.outcome
        let name = "example '\(example.id)'"
        let last = lastLine(result).map { " (last output: \($0))" } ?? ""
        if example.expectation != .success {
            return SitegenError(
                .execute, at: example.location,
                "\(name) \(outcome.summary), but the fence says \(example.expectation.attribute)\(last)",
                hint: "change or remove \(example.expectation.attribute)")
        }
        switch outcome {
        case .exited(let code):
            return SitegenError(
                .execute, at: example.location, "\(name) exited with code \(code)\(last)",
                hint: "fix the example; add expect=exit:\(code) or allow-error if this is intended")
        case .signaled(let signal):
            return SitegenError(
                .execute, at: example.location, "\(name) was killed by signal \(signal)\(last)",
                hint:
                    "fix the example; add expect=signal:\(signal) or allow-error if this is intended"
            )
        case .timedOut:
            return SitegenError(
                .execute, at: example.location,
                "\(name) timed out after \(Format.seconds(example.timeout)); its process tree was killed\(last)",
                hint: "raise timeout=, or add expect=timeout or allow-error if this is intended")
        }
    }

    /// The last non-empty line the example printed, shortened and with control characters shown.
    private static func lastLine(_ result: ExampleResult) -> String? {
        guard let line = result.lines.last(where: { !$0.text.isEmpty })?.text else { return nil }
        let short = line.count > 120 ? String(line.prefix(119)) + "…" : line
        return "'" + Escape.visible(short) + "'"
    }
}
