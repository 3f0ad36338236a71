/// `[for each PARAM:] [every run: | some run:] QUANTITY OP (QUANTITY | NUMBER[UNIT])`.
struct ClaimComparison: Sendable, Hashable {
    enum Quantifier: String, Sendable, Hashable {
        /// Decided on the estimate with its uncertainty.
        case estimate
        case everyRun = "every run"
        case someRun = "some run"
    }

    enum Operand: Sendable, Hashable {
        case quantity(Quantity)
        /// A number in the quantity's base unit (seconds, bytes, times).
        case number(Double)
    }

    let forEach: String?
    let quantifier: Quantifier
    let lhs: Quantity
    let op: ComparisonOperator
    let rhs: Operand
    /// The unit the author wrote after the number (`ms` in `< 150ms`), so the reason says
    /// "below 150 ms" rather than "below 0.15"; nil for a bare number or a quantity.
    let unit: String?

    init(
        forEach: String? = nil, quantifier: Quantifier = .estimate, lhs: Quantity,
        op: ComparisonOperator, rhs: Operand, unit: String? = nil
    ) {
        self.forEach = forEach
        self.quantifier = quantifier
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
        self.unit = unit
    }

    var exampleIDs: [String] {
        var ids = lhs.exampleIDs
        if case .quantity(let quantity) = rhs { ids += quantity.exampleIDs }
        return ids
    }

    /// The same comparison with every example id mapped (a sweep's base id to one configuration).
    func mapping(_ transform: (String) -> String) -> ClaimComparison {
        var mapped = rhs
        if case .quantity(let quantity) = rhs { mapped = .quantity(quantity.mapping(transform)) }
        return ClaimComparison(
            forEach: forEach, quantifier: quantifier, lhs: lhs.mapping(transform), op: op,
            rhs: mapped, unit: unit)
    }
}

/// A measured quantity of one or two examples, known per measured run.
enum Quantity: Sendable, Hashable {
    /// How many times faster A ran than B: wall(B) / wall(A).
    case speedup(String, over: String)
    /// Wall seconds, spawn to exit.
    case wall(String)
    /// Wall seconds minus the median start-up of X's interpreter in its environment (an empty
    /// program, `StartupTime`): the time of the code itself (`work(X)`).
    case work(String)
    /// User + system CPU seconds.
    case cpu(String)
    /// Peak summed RSS of the process tree, bytes.
    case rss(String)
    /// Peak PSS of the process tree, bytes.
    case pss(String)
    /// Cores busy at once (median of the run's CPU trace).
    case cores(String)
    /// The number KEY of the run's last `RESULT {json}` line.
    case result(String, key: String)
    /// The share of the workers' lives they ran, waited for a core, or were blocked
    /// (`running(X)`, `waiting(X)`, `blocked(X)`): the workers that did the CPU work, or those
    /// `workers` names (`blocked(X, Thread-*)`).
    case share(WorkerShare, String, workers: String? = nil)
    /// The cores the workers kept busy counting only the time a core was free for them:
    /// cores(X) / (1 − waiting(X)) (`cores-when-free(X)`).
    case coresWhenFree(String)

    var exampleIDs: [String] {
        switch self {
        case .speedup(let a, let b): [a, b]
        case .wall(let x), .work(let x), .cpu(let x), .rss(let x), .pss(let x), .cores(let x),
            .result(let x, _),
            .share(_, let x, _), .coresWhenFree(let x):
            [x]
        }
    }

    /// True for the quantities a busy machine can hold back (`speedup`, `cores`).
    var isParallelism: Bool {
        switch self {
        case .speedup, .cores, .coresWhenFree: true
        default: false
        }
    }

    func mapping(_ transform: (String) -> String) -> Quantity {
        switch self {
        case .speedup(let a, let b): .speedup(transform(a), over: transform(b))
        case .wall(let x): .wall(transform(x))
        case .work(let x): .work(transform(x))
        case .cpu(let x): .cpu(transform(x))
        case .rss(let x): .rss(transform(x))
        case .pss(let x): .pss(transform(x))
        case .cores(let x): .cores(transform(x))
        case .result(let x, let key): .result(transform(x), key: key)
        case .share(let share, let x, let workers): .share(share, transform(x), workers: workers)
        case .coresWhenFree(let x): .coresWhenFree(transform(x))
        }
    }

    /// As written in a clause: `speedup(a over b)`, `result(x).total`.
    var written: String {
        switch self {
        case .speedup(let a, let b): "speedup(\(a) over \(b))"
        case .wall(let x): "wall(\(x))"
        case .work(let x): "work(\(x))"
        case .cpu(let x): "cpu(\(x))"
        case .rss(let x): "rss(\(x))"
        case .pss(let x): "pss(\(x))"
        case .cores(let x): "cores(\(x))"
        case .result(let x, let key): "result(\(x)).\(key)"
        case .share(let share, let x, let workers):
            "\(share.rawValue)(\(x)\(workers.map { ", \($0)" } ?? ""))"
        case .coresWhenFree(let x): "cores-when-free(\(x))"
        }
    }
}

/// `<` `<=` `>` `>=` `=` `!=`.
enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="
    case notEqual = "!="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .equal: a == b
        case .notEqual: a != b
        }
    }

    /// The operator whose truth is this one's negation.
    var negated: ComparisonOperator {
        switch self {
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .equal: .notEqual
        case .notEqual: .equal
        }
    }
}

extension ClaimComparison {
    /// The comparison of one configuration of a `for each` clause: the same, without it.
    var once: ClaimComparison {
        ClaimComparison(quantifier: quantifier, lhs: lhs, op: op, rhs: rhs, unit: unit)
    }
}
