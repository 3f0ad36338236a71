/// A ```` ```claim id=… ```` fence: a statement of the content and the clauses that decide it.
///
/// Built once by the Parse stage (`ClaimParser`); the Analyze stage evaluates it, the page shows it
/// as a card where it was declared.
public struct ClaimDeclaration: Sendable, Hashable {
    public var id: String
    /// The statement as the reader sees it (line 1 of the fence body).
    public var statement: String
    public var clauses: [ClaimClause]
    /// Output file of the page that declares it, e.g. `experiments-cpu-io.html` (set by the parser).
    public var page: String
    /// The fence's opening line.
    public var location: SourceLocation
    /// `budget=SECONDS`: time budget for adaptive rounds of the examples it compares (issue 12).
    public var budget: Double?

    public init(
        id: String, statement: String, clauses: [ClaimClause], page: String = "",
        location: SourceLocation, budget: Double? = nil
    ) {
        self.id = id
        self.statement = statement
        self.clauses = clauses
        self.page = page
        self.location = location
        self.budget = budget
    }

    /// The comparisons of the given role, in the order written.
    public func comparisons(_ role: ClaimClause.Role) -> [Comparison] {
        clauses.compactMap {
            if case .compare(let found, let comparison) = $0.kind, found == role {
                return comparison
            }
            return nil
        }
    }

    /// The `require` clauses.
    public var requirements: [Requirement] {
        clauses.compactMap {
            if case .require(let requirement) = $0.kind { return requirement }
            return nil
        }
    }

    /// The `explain` texts, joined.
    public var explanation: String? {
        let texts = clauses.compactMap {
            if case .explain(let text) = $0.kind { return text }
            return nil
        }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }

    /// Every example id or sweep base id the clauses name, in order, without repeats.
    public var evidence: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for clause in clauses {
            guard case .compare(_, let comparison) = clause.kind else { continue }
            for id in comparison.exampleIDs where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// Its card's anchor on the declaring page.
    public var anchor: String { "claim-\(id)" }
}

/// One line of a claim fence after the statement.
public struct ClaimClause: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// `holds if`: all shown → holds.
        case holdsIf = "holds if"
        /// `fails if`: any shown → fails.
        case failsIf = "fails if"
        /// `check`: a sanity check of the experiment; not shown → inconclusive.
        case check
        /// `control`: on a busy machine, shows the cores were free.
        case control
    }

    public enum Kind: Sendable, Hashable {
        case require(Requirement)
        case compare(Role, Comparison)
        case explain(String)
    }

    public var kind: Kind
    /// The line as written (trimmed).
    public var text: String
    public var location: SourceLocation

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}

/// `require FACT OP NUMBER`: a precondition on the machine.
public struct Requirement: Sendable, Hashable {
    public enum Fact: String, Sendable, Hashable, CaseIterable {
        /// CPUs available to the build (affinity-aware).
        case cores
    }

    public var fact: Fact
    public var op: ComparisonOperator
    public var value: Double

    public init(fact: Fact, op: ComparisonOperator, value: Double) {
        self.fact = fact
        self.op = op
        self.value = value
    }
}

/// `[for each PARAM:] [every run: | some run:] QUANTITY OP (QUANTITY | NUMBER[UNIT])`.
public struct Comparison: Sendable, Hashable {
    public enum Quantifier: String, Sendable, Hashable {
        /// Decided on the estimate with its uncertainty.
        case estimate
        case everyRun = "every run"
        case someRun = "some run"
    }

    public enum Operand: Sendable, Hashable {
        case quantity(Quantity)
        /// A number in the quantity's base unit (seconds, bytes, times).
        case number(Double)
    }

    public var forEach: String?
    public var quantifier: Quantifier
    public var lhs: Quantity
    public var op: ComparisonOperator
    public var rhs: Operand

    public init(
        forEach: String? = nil, quantifier: Quantifier = .estimate, lhs: Quantity,
        op: ComparisonOperator, rhs: Operand
    ) {
        self.forEach = forEach
        self.quantifier = quantifier
        self.lhs = lhs
        self.op = op
        self.rhs = rhs
    }

    public var exampleIDs: [String] {
        var ids = lhs.exampleIDs
        if case .quantity(let quantity) = rhs { ids += quantity.exampleIDs }
        return ids
    }

    /// The same comparison with every example id mapped (a sweep's base id to one configuration).
    public func mapping(_ transform: (String) -> String) -> Comparison {
        var copy = self
        copy.lhs = lhs.mapping(transform)
        if case .quantity(let quantity) = rhs { copy.rhs = .quantity(quantity.mapping(transform)) }
        return copy
    }
}

/// A measured quantity of one or two examples, known per measured run.
public enum Quantity: Sendable, Hashable {
    /// How many times faster A ran than B: wall(B) / wall(A).
    case speedup(String, over: String)
    /// Wall seconds, spawn to exit.
    case wall(String)
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

    public var exampleIDs: [String] {
        switch self {
        case .speedup(let a, let b): [a, b]
        case .wall(let x), .cpu(let x), .rss(let x), .pss(let x), .cores(let x), .result(let x, _):
            [x]
        }
    }

    /// True for the quantities a busy machine can hold back (`speedup`, `cores`).
    public var isParallelism: Bool {
        switch self {
        case .speedup, .cores: true
        default: false
        }
    }

    public func mapping(_ transform: (String) -> String) -> Quantity {
        switch self {
        case .speedup(let a, let b): .speedup(transform(a), over: transform(b))
        case .wall(let x): .wall(transform(x))
        case .cpu(let x): .cpu(transform(x))
        case .rss(let x): .rss(transform(x))
        case .pss(let x): .pss(transform(x))
        case .cores(let x): .cores(transform(x))
        case .result(let x, let key): .result(transform(x), key: key)
        }
    }

    /// As written in a clause: `speedup(a over b)`, `result(x).total`.
    public var written: String {
        switch self {
        case .speedup(let a, let b): "speedup(\(a) over \(b))"
        case .wall(let x): "wall(\(x))"
        case .cpu(let x): "cpu(\(x))"
        case .rss(let x): "rss(\(x))"
        case .pss(let x): "pss(\(x))"
        case .cores(let x): "cores(\(x))"
        case .result(let x, let key): "result(\(x)).\(key)"
        }
    }
}

/// `<` `<=` `>` `>=` `=` `!=`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="
    case notEqual = "!="

    public func holds(_ a: Double, _ b: Double) -> Bool {
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
    public var negated: ComparisonOperator {
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
