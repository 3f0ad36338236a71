/// The measured results a claim reads, by example id: each quantity as one value per measured
/// run. A missing or failed example is an `Evidence.Missing` error whose text is the
/// inconclusive verdict's reason.
struct Evidence {
    struct Missing: Error { var reason: String }

    let index: ResultIndex
    /// Which interval decides a comparison of estimates (`--decision`).
    let rule: EffectDecision.Rule
    /// The environment's interpreter start-ups, which `work(X)` subtracts.
    let startups: [StartupTime]

    init(
        _ index: ResultIndex, rule: EffectDecision.Rule = .interval, startups: [StartupTime] = []
    ) {
        self.index = index
        self.rule = rule
        self.startups = startups
    }

    init(
        _ results: [ExampleResult], rule: EffectDecision.Rule = .interval,
        startups: [StartupTime] = []
    ) {
        self.init(ResultIndex(results), rule: rule, startups: startups)
    }

    /// The start-up of `id`'s interpreter in this environment.
    func startup(_ id: String) throws(Missing) -> StartupTime {
        let language = try result(id).interpreter.language
        guard let startup = StartupTime.of(language, in: startups), !startup.walls.isEmpty else {
            throw Missing(
                reason:
                    "no start-up of \(language) was measured in this environment, so work(\(id)) is unknown (build once without --no-exec)"
            )
        }
        return startup
    }

    /// The result of `id`, when it ran to a successful end and was measured.
    func result(_ id: String) throws(Missing) -> ExampleResult {
        guard let result = index.byID[id] else {
            throw Missing(reason: "the example '\(id)' is not in this site, so nothing tested it")
        }
        guard case .exited(0) = result.capture.outcome else {
            throw Missing(
                reason: "the example '\(id)' \(result.capture.outcome.summary), so it shows nothing"
            )
        }
        guard !result.runs.isEmpty else {
            throw Missing(reason: "the example '\(id)' has no measured runs")
        }
        return result
    }

    /// One value per measured run of a quantity of one example (not a speedup).
    func samples(_ quantity: Quantity) throws(Missing) -> [Double] {
        switch quantity {
        case .speedup(let a, let b):
            // Per run: wall(B)[i] / wall(A)[i].
            let slow = try samples(.wall(b))
            let fast = try samples(.wall(a))
            return zip(slow, fast).map { $1 > 0 ? $0 / $1 : .nan }
        case .wall(let id), .cpu(let id), .rss(let id):
            return try result(id).runs.compactMap(quantity.value(in:))
        case .work(let id):
            // The start-up's median, one figure of the environment, off every run.
            let startup = try startup(id).median
            return try result(id).runs.map { $0.wallSeconds - startup }
        case .pss(let id):
            let values = try result(id).runs.compactMap(quantity.value(in:))
            guard !values.isEmpty else {
                throw Missing(
                    reason:
                        "the example '\(id)' has no PSS figure (its tree was not sampled, or was measured before sitegen recorded PSS)"
                )
            }
            return values
        case .cores(let id):
            let values = try result(id).runs.compactMap(quantity.value(in:))
            guard !values.isEmpty else {
                throw Missing(
                    reason: "the example '\(id)' has no CPU trace (its tree was not sampled)")
            }
            return values
        case .share(_, let id, let workers):
            let values = try result(id).runs.compactMap(quantity.value(in:))
            guard !values.isEmpty else {
                let recorded = try result(id).runs.contains { $0.workers != nil }
                throw Missing(
                    reason: recorded
                        ? "no worker of '\(id)' is named \(workers ?? "")"
                        : "the example '\(id)' has no split of its workers' time (its tree was not sampled, or was measured before sitegen split it)"
                )
            }
            return values
        case .coresWhenFree(let id):
            let values = try result(id).runs.compactMap(quantity.value(in:))
            guard !values.isEmpty else {
                throw Missing(
                    reason:
                        "the example '\(id)' has no CPU trace or no split of its workers' time (its tree was not sampled)"
                )
            }
            return values
        case .result(let id, let key):
            let result = try result(id)
            var values = result.runs.compactMap(quantity.value(in:))
            // Runs measured before sitegen kept every run's RESULT: the shown run's line.
            if values.isEmpty, result.runs.allSatisfy({ $0.resultNumbers == nil }),
                let value = ResultLine.parse(result.lines)?.numbers[key]
            {
                values = [value]
            }
            guard !values.isEmpty else {
                let printed = result.runs.contains { $0.resultNumbers != nil }
                throw Missing(
                    reason: printed
                        ? "the RESULT line of '\(id)' has no number \"\(key)\""
                        : "the example '\(id)' printed no RESULT line")
            }
            return values
        }
    }

    /// The configurations of the sweep `base`, by the value of `parameter`, ordered numerically
    /// (then as text).
    func sweep(_ base: String, by parameter: String) throws(Missing) -> [(
        value: String, id: String
    )] {
        let all = (index.byBase[base] ?? []).filter { !$0.example.parameters.isEmpty }
        guard !all.isEmpty else {
            throw Missing(reason: "the sweep '\(base)' is not in this site, so nothing tested it")
        }
        return all.compactMap { result in
            result.example.parameters[parameter].map { (value: $0, id: result.example.id) }
        }.sorted {
            switch (Double($0.value), Double($1.value)) {
            case (let a?, let b?): a < b
            default: $0.value < $1.value
            }
        }
    }
}
