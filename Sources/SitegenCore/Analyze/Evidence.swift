/// The measured results a claim check reads, by example id; a missing or failed example is an
/// `Evidence.Missing` error whose text is the inconclusive verdict's reason.
struct Evidence {
    struct Missing: Error { var reason: String }

    let byID: [String: ExampleResult]
    let configurations: [String: [ExampleResult]]

    init(_ results: [ExampleResult]) {
        byID = Dictionary(results.map { ($0.example.id, $0) }) { first, _ in first }
        configurations = Dictionary(grouping: results, by: \.example.baseID)
    }

    /// The result of `id`, when it ran to a successful end and was measured.
    func result(_ id: String) throws(Missing) -> ExampleResult {
        guard let result = byID[id] else {
            throw Missing(reason: "the example '\(id)' is not in this site, so nothing tested it")
        }
        guard case .exited(0) = result.capture.outcome else {
            throw Missing(
                reason: "the example '\(id)' \(result.capture.outcome.summary), so it shows nothing"
            )
        }
        return result
    }

    /// Wall seconds over the measured runs of `id`.
    func wall(_ id: String) throws(Missing) -> SampleStats {
        let result = try result(id)
        guard let stats = result.stats, stats.runs > 0 else {
            throw Missing(reason: "the example '\(id)' has no measured runs")
        }
        return SampleStats(stats.wall, count: stats.runs)
    }

    /// Peak memory (bytes) over the measured runs of `id`.
    func peakMemory(_ id: String) throws(Missing) -> SampleStats {
        let result = try result(id)
        guard let stats = result.stats, stats.runs > 0 else {
            throw Missing(reason: "the example '\(id)' has no measured runs")
        }
        return SampleStats(stats.peakRSS, count: stats.runs)
    }

    /// The `RESULT {…}` line `id` printed last.
    func resultLine(_ id: String) throws(Missing) -> ResultLine {
        guard let line = ResultLine.parse(try result(id).lines) else {
            throw Missing(reason: "the example '\(id)' printed no RESULT line")
        }
        return line
    }

    /// A number of `id`'s RESULT line.
    func number(_ id: String, _ key: String) throws(Missing) -> Double {
        guard let value = try resultLine(id).numbers[key] else {
            throw Missing(reason: "the RESULT line of '\(id)' has no \"\(key)\"")
        }
        return value
    }

    /// The configurations of a `params=` block, ordered by the numeric value of `parameter`.
    func sweep(_ baseID: String, by parameter: String) throws(Missing) -> [ExampleResult] {
        let all = configurations[baseID] ?? []
        guard !all.isEmpty else {
            throw Missing(
                reason: "the example '\(baseID)' is not in this site, so nothing tested it")
        }
        return all.sorted {
            (Double($0.example.parameters[parameter] ?? "") ?? 0)
                < (Double($1.example.parameters[parameter] ?? "") ?? 0)
        }
    }
}
