import Foundation

extension ClaimEvaluator {
    /// One comparison clause on the evidence, with its quantifiers.
    static func evaluate(
        _ comparison: ClaimComparison, role: ClaimClause.Role, _ evidence: Evidence
    )
        throws(Evidence.Missing) -> ClauseFinding
    {
        guard let parameter = comparison.forEach else {
            return try evaluateOnce(comparison, role: role, evidence)
        }
        // Configurations paired by the parameter's value, in the first sweep's order.
        let bases = comparison.exampleIDs
        var sweeps: [String: [String: String]] = [:]
        for base in bases where sweeps[base] == nil {
            let configurations = try evidence.sweep(base, by: parameter)
            sweeps[base] = Dictionary(configurations.map { ($0.value, $0.id) }) { a, _ in a }
        }
        let values = try evidence.sweep(bases[0], by: parameter).map(\.value)
        var parts: [(value: String, finding: ClauseFinding)] = []
        for value in values {
            guard bases.allSatisfy({ sweeps[$0]?[value] != nil }) else { continue }
            let single = comparison.mapping { sweeps[$0]?[value] ?? $0 }
            parts.append((value, try evaluateOnce(single.once, role: role, evidence)))
        }
        guard !parts.isEmpty else {
            throw Evidence.Missing(
                reason:
                    "the sweeps \(bases.joined(separator: ", ")) share no value of \(parameter)")
        }
        let decisions = parts.map(\.finding.decision)
        let decision: ClaimDecision.Decision =
            decisions.allSatisfy { $0 == .shown }
            ? .shown : decisions.allSatisfy { $0 == .opposite } ? .opposite : .noise
        let contradicted = parts.filter { $0.finding.decision == .opposite }.map(\.value)
        var sentence =
            "for each \(parameter): "
            + parts.map { "at \(parameter)=\($0.value), \($0.finding.sentence)" }.joined(
                separator: "; ")
        let partly = decision == .noise && !contradicted.isEmpty
        if partly {
            sentence +=
                " (contradicted at \(parameter)=\(contradicted.joined(separator: ", ")))"
        }
        return ClauseFinding(
            role: role, decision: decision, sentence: sentence,
            missingParallelism: parts.contains { $0.finding.missingParallelism },
            partlyContradicted: partly, exact: parts.allSatisfy(\.finding.exact),
            disturbance: parts.lazy.compactMap(\.finding.disturbance).first,
            waitingUnknown: parts.contains { $0.finding.waitingUnknown },
            comparisons: parts.count,
            undecided: parts.filter { $0.finding.decision != .shown }.flatMap { part in
                part.finding.undecided.map { "at \(parameter)=\(part.value), \($0)" }
            })
    }

    /// A comparison of example ids (no `for each`).
    static func evaluateOnce(
        _ comparison: ClaimComparison, role: ClaimClause.Role, _ evidence: Evidence
    ) throws(Evidence.Missing) -> ClauseFinding {
        let lhs = comparison.lhs
        let op = comparison.op
        var rhsQuantity: Quantity?
        if case .quantity(let quantity) = comparison.rhs { rhsQuantity = quantity }
        let decision: ClaimDecision.Decision
        var sentence: String
        var disturbance: UndisturbedRuns.Disturbance?
        var waitingUnknown = false
        var figures = ""
        if comparison.quantifier == .estimate,
            let exact = try exactIntegers(comparison, role: role, evidence)
        {
            return exact
        }
        if let work = try workAgainstNumber(comparison, role: role, evidence) { return work }
        switch comparison.quantifier {
        case .estimate:
            let (left, leftRead) = try side(lhs, evidence)
            disturbance = leftRead?.disturbance
            waitingUnknown = leftRead?.unknown ?? false
            let right: ClaimDecision.Side
            switch comparison.rhs {
            case .number(let value): right = .number(value)
            case .quantity(let quantity):
                let read = try side(quantity, evidence)
                right = read.side
                disturbance = disturbance ?? read.read?.disturbance
                waitingUnknown = waitingUnknown || (read.read?.unknown ?? false)
            }
            let outcome = ClaimDecision.outcome(left, op, right, rule: evidence.rule)
            decision = outcome.decision
            // A speed-up is printed as the estimate its interval is centred on, the figure the
            // chart of the same comparison prints (`Comparison.Entry`).
            let measured = ClaimDecision.estimate(left)
            var estimate = measured
            if case .ratio = left, let interval = outcome.interval {
                estimate = ClaimDecision.Estimate(
                    value: interval.estimate, uncertainty: measured.uncertainty,
                    runs: measured.runs)
            }
            let unit = comparison.unit
            var leftText = phrase(lhs, estimate, unit: unit)
            if let interval = outcome.interval, case .number = comparison.rhs {
                leftText = Self.adding(
                    "\(Self.percent(interval.confidence)) CI \(amount(lhs, interval.lower, unit: valueUnit(lhs, unit)))–\(amount(lhs, interval.upper, unit: valueUnit(lhs, unit)))",
                    to: leftText)
            } else if let interval = outcome.interval {
                figures =
                    "ratio \(String(format: "%.2f", interval.estimate)), \(Self.percent(interval.confidence)) CI \(String(format: "%.2f", interval.lower))–\(String(format: "%.2f", interval.upper))"
                leftText = Self.adding(figures, to: leftText)
            }
            if let interval = outcome.interval, figures.isEmpty {
                figures =
                    "\(Self.percent(interval.confidence)) CI \(amount(lhs, interval.lower, unit: valueUnit(lhs, unit)))–\(amount(lhs, interval.upper, unit: valueUnit(lhs, unit)))"
            }
            switch comparison.rhs {
            case .number(let value):
                sentence =
                    "\(leftText), \(relation(decision, op, amount(lhs, value, unit: unit)))"
            case .quantity(let quantity):
                sentence =
                    "\(leftText), and \(phrase(quantity, ClaimDecision.estimate(right))): \(relation(decision, op, "the second", subject: "the first"))"
            }
        case .everyRun, .someRun:
            let left = try evidence.samples(lhs)
            let right: [Double]
            switch comparison.rhs {
            case .number(let value): right = Array(repeating: value, count: left.count)
            case .quantity(let quantity): right = try evidence.samples(quantity)
            }
            let pairs = Array(zip(left, right))
            let passed = pairs.filter { op.holds($0.0, $0.1) }.count
            let every = comparison.quantifier == .everyRun
            decision =
                every
                ? (passed == pairs.count ? .shown : .opposite)
                : (passed > 0 ? .shown : .noise)
            let unit = comparison.unit
            let rhsWritten =
                rhsQuantity?.written ?? amount(lhs, right.first ?? 0, unit: unit)
            var text =
                "\(lhs.written) \(op.rawValue) \(rhsWritten) in \(passed) of \(pairs.count) \(pairs.count == 1 ? "run" : "runs") (\(lhs.written): \(list(lhs, left, unit: valueUnit(lhs, unit)))"
            if let rhsQuantity { text += "; \(rhsQuantity.written): \(list(rhsQuantity, right))" }
            text += ")"
            if !every && passed == 0 && (role == .holdsIf || role == .check) {
                text += ", which does not show it cannot happen"
            }
            sentence = text
        }
        let below = missingParallelism(decision, comparison)
        if let disturbance { sentence += "; read on every run: \(disturbance.phrase)" }
        // Named as the author wrote it, with the interval that left it open.
        let written: String
        switch comparison.rhs {
        case .number(let value): written = "\(lhs.written) \(op.rawValue) \(number(value))"
        case .quantity(let quantity): written = "\(lhs.written) \(op.rawValue) \(quantity.written)"
        }
        return ClauseFinding(
            role: role, decision: decision, sentence: sentence, missingParallelism: below,
            exact: comparison.quantifier != .estimate, disturbance: disturbance,
            waitingUnknown: waitingUnknown,
            undecided: decision == .noise
                ? [written + (figures.isEmpty ? "" : " (\(figures))") + " is within the noise"] : []
        )
    }

    /// Which way the figures went: true when the decision rests on a parallelism quantity
    /// found below its comparator (what a busy machine alone can cause).
    static func missingParallelism(
        _ decision: ClaimDecision.Decision, _ comparison: ClaimComparison
    ) -> Bool {
        var rhsQuantity: Quantity?
        if case .quantity(let quantity) = comparison.rhs { rhsQuantity = quantity }
        switch (decision, comparison.op) {
        case (.shown, .less), (.shown, .lessOrEqual), (.opposite, .greater),
            (.opposite, .greaterOrEqual):
            return comparison.lhs.isParallelism
        case (.shown, .greater), (.shown, .greaterOrEqual), (.opposite, .less),
            (.opposite, .lessOrEqual):
            return rhsQuantity?.isParallelism ?? false
        default: return false
        }
    }

    /// A side as the runs measured it; a speed figure (`speedup`, `cores`, `cores-when-free`)
    /// reads the undisturbed runs when there are enough (`UndisturbedRuns`), else every run and
    /// says how disturbed they were.
    static func side(_ quantity: Quantity, _ evidence: Evidence) throws(Evidence.Missing)
        -> (side: ClaimDecision.Side, read: UndisturbedRuns?)
    {
        switch quantity {
        case .speedup(let a, let b):
            let read = UndisturbedRuns([try evidence.result(a).runs, try evidence.result(b).runs])
            return (.speedup(of: read.runs[0], over: read.runs[1]), read)
        case .cores(let id), .coresWhenFree(let id):
            let all = try evidence.samples(quantity)
            let read = UndisturbedRuns([try evidence.result(id).runs])
            let values = read.runs[0].compactMap(quantity.value(in:))
            return (.samples(values.isEmpty ? all : values), read)
        default:
            return (.samples(try evidence.samples(quantity)), nil)
        }
    }

    // MARK: Phrasing

    /// "x ran … (3 runs each)" + "95 % CI …" → "x ran … (3 runs each; 95 % CI …)".
    static func adding(_ note: String, to phrase: String) -> String {
        phrase.hasSuffix(")") ? "\(phrase.dropLast()); \(note))" : "\(phrase) (\(note))"
    }

    /// "95 %".
    static func percent(_ confidence: Double) -> String { "\(Int((confidence * 100).rounded())) %" }

    /// "threads ran 1.02 ± 0.03 × as fast as sequential".
    static func phrase(
        _ quantity: Quantity, _ estimate: ClaimDecision.Estimate, unit: String? = nil
    ) -> String {
        let value = amount(
            quantity, estimate.value, uncertainty: estimate.uncertainty,
            unit: valueUnit(quantity, unit))
        let over = estimate.runs == 1 ? "1 run" : "\(estimate.runs) runs"
        switch quantity {
        case .speedup(let a, let b): return "\(a) ran \(value) × as fast as \(b) (\(over) each)"
        case .wall(let x): return "\(x) took \(value) (wall, \(over))"
        case .work(let x):
            return "\(x) took \(value) of work (wall minus its interpreter's start-up, \(over))"
        case .cpu(let x): return "\(x) used \(value) of CPU (\(over))"
        case .rss(let x):
            return "\(x) peaked at \(value) of RSS summed over its processes (\(over))"
        case .pss(let x): return "\(x) peaked at \(value) of PSS over its processes (\(over))"
        case .cores(let x):
            return "\(x) kept \(value) cores busy (median of its CPU trace, \(over))"
        case .result(let x, let key): return "\(x) reported \(key) = \(value) (\(over))"
        case .share(let share, let x, let workers):
            let who = workers.map { "the workers named \($0)" } ?? "its CPU workers"
            let what: String
            switch share {
            case .running: what = "ran"
            case .waiting: what = "waited for a core"
            case .blocked: what = "were blocked"
            }
            return "\(who) of \(x) \(what) \(value) of their lives (\(over))"
        case .coresWhenFree(let x):
            return
                "\(x) kept \(value) cores busy counting only the time a core was free for it (\(over))"
        }
    }

    /// "below 1.30× beyond the noise"; with a subject, "the first is below the second …".
    static func relation(
        _ decision: ClaimDecision.Decision, _ op: ComparisonOperator, _ other: String,
        subject: String? = nil
    ) -> String {
        let words = words(op)
        let lead = subject.map { "\($0) is " } ?? ""
        switch decision {
        case .shown: return "\(lead)\(words) \(other) beyond the noise"
        case .opposite: return "\(lead)not \(words) \(other), beyond the noise"
        case .noise:
            let what = subject ?? "it"
            return "too close to \(other) to tell \(what) is \(words) it, within the noise"
        }
    }

    /// The unit the measured values of `quantity` are printed in when the author wrote `unit`
    /// after the number: a RESULT number has none of its own, so it takes the author's ("elapsed_s
    /// = 52.3 ms, below 150 ms"); times and sizes keep their own readable scale.
    static func valueUnit(_ quantity: Quantity, _ unit: String?) -> String? {
        if case .result = quantity { return unit }
        return nil
    }

    /// "below", "at most", "equal to" …
    static func words(_ op: ComparisonOperator) -> String {
        switch op {
        case .less: "below"
        case .lessOrEqual: "at most"
        case .greater: "above"
        case .greaterOrEqual: "at least"
        case .equal: "equal to"
        case .notEqual: "different from"
        }
    }

    /// A value in the unit the author wrote (`ms`, `s`, `us`, `B`, `KiB`, `MiB`, `GiB`), with its
    /// σ: "150 ms", "52.3 ± 1.2 ms". Nil for other units (×, %), which the quantity prints itself.
    static func amount(_ value: Double, uncertainty: Double?, writtenIn unit: String) -> String? {
        guard let factor = ClaimParser.units.first(where: { $0.suffix == unit }),
            factor.kind == .seconds || factor.kind == .bytes
        else { return nil }
        var text = String(format: "%.4g", value / factor.factor)
        if let uncertainty, uncertainty > 0 {
            text += " ± " + String(format: "%.2g", uncertainty / factor.factor)
        }
        return "\(text) \(unit)"
    }

    /// A value in the quantity's unit (or the author's, `unit`), with its σ when it has one.
    static func amount(
        _ quantity: Quantity, _ value: Double, uncertainty: Double? = nil, unit: String? = nil
    ) -> String {
        if let unit, let text = amount(value, uncertainty: uncertainty, writtenIn: unit) {
            return text
        }
        switch quantity {
        case .speedup:
            let text = String(format: "%.2f", value)
            if let uncertainty { return text + String(format: " ± %.2f", uncertainty) }
            return text + "×"
        case .share:
            var text = String(format: "%.0f %%", value * 100)
            if let uncertainty, uncertainty > 0 {
                text = String(format: "%.0f ± %.0f %%", value * 100, uncertainty * 100)
            }
            return text
        case .cores, .coresWhenFree:
            return String(format: "%.2f", value)
                + (uncertainty.map { String(format: " ± %.2f", $0) } ?? "")
        case .wall, .work, .cpu:
            let (scale, unit) = value < 1 ? (1000.0, "ms") : (1.0, "s")
            let digits = value < 1 ? "%.1f" : "%.3f"
            var text = String(format: digits, value * scale)
            if let uncertainty, uncertainty > 0 {
                text += " ± " + String(format: digits, uncertainty * scale)
            }
            return "\(text) \(unit)"
        case .rss, .pss:
            var text = String(format: "%.1f", value / 1_048_576)
            if let uncertainty, uncertainty > 0 {
                text += " ± " + String(format: "%.1f", uncertainty / 1_048_576)
            }
            return text + " MiB"
        case .result:
            var text = number(value)
            if let uncertainty, uncertainty > 0 { text += " ± " + number(uncertainty) }
            return text
        }
    }

    /// Whole numbers as such, others with 4 significant digits.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }

    /// Every run's value, or the range when there are many.
    static func list(_ quantity: Quantity, _ values: [Double], unit: String? = nil) -> String {
        if values.count > 1, let first = values.first, values.allSatisfy({ $0 == first }) {
            return "\(amount(quantity, first, unit: unit)) in every run"
        }
        if values.count <= 10 {
            return values.map { amount(quantity, $0, unit: unit) }.joined(separator: ", ")
        }
        return
            "\(amount(quantity, values.min() ?? 0, unit: unit)) to \(amount(quantity, values.max() ?? 0, unit: unit))"
    }
}
