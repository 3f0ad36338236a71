/// Reads a `claim` fence into a `ClaimDeclaration`. Pure: text in, value or `SitegenError` out,
/// each error at the line of the offending clause (so a fuzzer can call `parse` directly).
///
/// The grammar is in the README ("Claims") and in `/work/briefs/claim-grammar.md`.
enum ClaimParser {
    static let language = "claim"
    static let attributes: Set<String> = ["id", "budget"]

    /// A claim fence found on a page: its info attributes, then its body.
    static func parse(_ block: CodeBlock) throws -> ClaimDeclaration {
        let location = block.location
        for attribute in block.info.attributes where !attributes.contains(attribute.key) {
            throw SitegenError(
                .parse, at: location, "unknown attribute '\(attribute.key)' on a claim block",
                hint: "known attributes are \(attributes.sorted().joined(separator: ", "))")
        }
        guard let id = block.info["id"] else {
            throw SitegenError(
                .parse, at: location, "a claim block needs id=",
                hint: "write e.g. ```claim id=threads-overlap-io (letters, digits, '-', '_')")
        }
        guard isIdentifier(id) else {
            throw SitegenError(
                .parse, at: location, "the claim id '\(id)' is not usable in an anchor",
                hint: "use letters, digits, '-' and '_'")
        }
        var budget: Double?
        if let value = block.info["budget"] {
            let number = Double(value.hasSuffix("s") ? String(value.dropLast()) : value)
            // A day: a claim's adaptive rounds never need more, and more overflows no one's CI.
            guard let number, number > 0, number <= 86_400 else {
                throw SitegenError(
                    .parse, at: location,
                    "budget must be a positive number of seconds up to 86400 (a day), not '\(value)'",
                    hint: "write e.g. budget=30")
            }
            budget = number
        }
        return try parse(block.code, location: location, id: id, budget: budget)
    }

    /// The fence body: line 1 the statement, then one clause per non-empty line (`#` comments).
    /// Lines end with `\n`, `\r\n` or `\r`, as cmark counts them.
    /// `location` is the fence's opening line; body line i (from 0) is at `location.line + 1 + i`.
    static func parse(
        _ text: String, location: SourceLocation, id: String = "claim", budget: Double? = nil
    ) throws -> ClaimDeclaration {
        var statement: String?
        var clauses: [ClaimClause] = []
        // Lines end as in Markdown: "\n", "\r\n" (one Swift Character, so splitting on "\n"
        // alone kept a CRLF body as one statement; found by Fuzz/ClaimParserFuzzer.swift) or "\r".
        let lines = text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingWhitespace
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let here = SourceLocation(file: location.file, line: location.line + 1 + index)
            guard statement != nil else {
                statement = String(line)
                continue
            }
            clauses.append(
                ClaimClause(kind: try clause(line, at: here), text: String(line), location: here))
        }
        guard let statement else {
            throw SitegenError(
                .parse, at: location, "the claim '\(id)' has no statement",
                hint: "write the statement on the fence's first line, then one clause per line")
        }
        let decisive = clauses.contains {
            if case .compare(let role, _) = $0.kind { return role == .holdsIf || role == .failsIf }
            return false
        }
        guard decisive else {
            throw SitegenError(
                .parse, at: location, "the claim '\(id)' has no 'holds if' or 'fails if' clause",
                hint:
                    "add e.g. 'holds if speedup(fast over slow) > 1.3' below the statement"
            )
        }
        return ClaimDeclaration(
            id: id, statement: statement, clauses: clauses, location: location, budget: budget)
    }

    static func isIdentifier<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty
            && text.allSatisfy {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")
            }
    }

    private static let clauseHint =
        "start the line with require, holds if, fails if, check, control or explain"

    static func clause(_ line: Substring, at location: SourceLocation) throws -> ClaimClause.Kind {
        if let rest = line.dropKeyword("explain") {
            guard !rest.isEmpty else {
                throw SitegenError(
                    .parse, at: location, "explain needs a text",
                    hint: "write e.g. explain Two workers would finish twice as fast.")
            }
            return .explain(String(rest))
        }
        if let rest = line.dropKeyword("require") {
            return .require(try requirement(rest, at: location))
        }
        for role in ClaimClause.Role.allCases {
            if let rest = line.dropKeyword(role.rawValue) {
                return .compare(role, try comparison(rest, at: location))
            }
        }
        let word = line.split(separator: " ").first.map(String.init) ?? ""
        throw SitegenError(
            .parse, at: location, "'\(word)' does not start a claim clause", hint: clauseHint)
    }

    static func requirement(_ text: Substring, at location: SourceLocation) throws -> Requirement {
        let facts = Requirement.Fact.allCases.map(\.rawValue).joined(separator: ", ")
        // `require gil`, `require no gil`: a fact of the interpreter, present or absent.
        let absent = text.hasPrefix("no ")
        let named = absent ? text.dropFirst(3).trimmingCharacters(in: .whitespaces) : String(text)
        if let fact = Requirement.Fact(rawValue: named), fact.isInterpreterFact {
            return Requirement(fact: fact, op: .equal, value: absent ? 0 : 1)
        }
        if let written = unknownOperator(text) {
            let ops = ComparisonOperator.allCases.map(\.rawValue).joined(separator: " ")
            throw SitegenError(
                .parse, at: location, "'\(written)' is not a comparison operator",
                hint: "the operators are \(ops), e.g. require cores = 2")
        }
        guard let (left, op, right) = splitOperator(text) else {
            throw SitegenError(
                .parse, at: location, "require needs a comparison, not '\(text)'",
                hint: "write e.g. require cores >= 2 (facts: \(facts))")
        }
        if let fact = Requirement.Fact(rawValue: String(left)), fact.isInterpreterFact {
            throw SitegenError(
                .parse, at: location, "'\(left)' is a fact of the interpreter, without a number",
                hint: "write require \(left), or require no \(left)")
        }
        guard let fact = Requirement.Fact(rawValue: String(left)) else {
            throw SitegenError(
                .parse, at: location, "'\(left)' is not a fact of the machine",
                hint:
                    "require knows \(facts), e.g. require cores >= 2, require gil or require no gil"
            )
        }
        guard let value = Double(right), value.isFinite else {
            throw SitegenError(
                .parse, at: location, "'\(right)' is not a number",
                hint: "write e.g. require cores >= 2")
        }
        guard value >= 0, value <= 4096, value.rounded() == value else {
            throw SitegenError(
                .parse, at: location, "'\(right)' is not a number of cores (a whole number 0–4096)",
                hint: "write e.g. require cores >= 2")
        }
        return Requirement(fact: fact, op: op, value: value)
    }

    static func comparison(_ text: Substring, at location: SourceLocation) throws -> ClaimComparison
    {
        var rest = text
        var forEach: String?
        if let after = rest.dropKeyword("for each") {
            guard let colon = after.firstIndex(of: ":") else {
                throw SitegenError(
                    .parse, at: location, "'for each' needs a parameter name and a colon",
                    hint: "write e.g. holds if for each size: wall(a) < wall(b)")
            }
            let name = after[..<colon].trimmingWhitespace
            guard isIdentifier(name) else {
                throw SitegenError(
                    .parse, at: location, "'\(name)' is not a parameter name",
                    hint: "name a parameter of the sweeps' params=, e.g. for each size:")
            }
            forEach = String(name)
            rest = after[after.index(after: colon)...].trimmingWhitespace
        }
        var quantifier = ClaimComparison.Quantifier.estimate
        for candidate in [ClaimComparison.Quantifier.everyRun, .someRun] {
            if let after = rest.dropKeyword(candidate.rawValue + ":") {
                quantifier = candidate
                rest = after
            }
        }
        if let written = misspelledQuantifier(rest) {
            throw SitegenError(
                .parse, at: location, "'\(written):' is not a quantifier",
                hint: "write 'every run:' or 'some run:' before the quantity, or neither")
        }
        let ops = ComparisonOperator.allCases.map(\.rawValue).joined(separator: " ")
        if let written = unknownOperator(rest) {
            let meant = written == "==" ? "; equality is one '=', e.g. result(a).n = 8" : ""
            throw SitegenError(
                .parse, at: location, "'\(written)' is not a comparison operator",
                hint: "the operators are \(ops)\(meant)")
        }
        guard let (left, op, right) = splitOperator(rest) else {
            throw SitegenError(
                .parse, at: location, "no comparison operator in '\(text)'",
                hint: "compare two quantities or a quantity and a number with one of \(ops)")
        }
        let lhs = try quantity(left, at: location)
        let rhs: ClaimComparison.Operand
        var unit: String?
        if let first = right.first, first.isNumber || first == "-" || first == "." {
            rhs = .number(try number(right, for: lhs, at: location))
            unit = units.first { right.hasSuffix($0.suffix) }?.suffix
        } else {
            rhs = .quantity(try quantity(right, at: location))
        }
        return ClaimComparison(
            forEach: forEach, quantifier: quantifier, lhs: lhs, op: op, rhs: rhs, unit: unit)
    }

    /// The words before a colon that opens the clause, when they are not a quantifier:
    /// `every runs: wall(a) < 1s` gives "every runs". Nil when no colon comes before the first
    /// quantity (a colon inside parentheses belongs to an example id).
    static func misspelledQuantifier(_ text: Substring) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = text[..<colon]
        guard !head.contains(where: { "()<>=!".contains($0) }) else { return nil }
        let words = head.trimmingWhitespace
        return words.isEmpty ? nil : String(words)
    }

    /// The first run of operator characters outside parentheses that is no operator (`==`,
    /// `=>`, `<>`), or nil.
    static func unknownOperator(_ text: Substring) -> String? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0, "<>=!".contains(character) {
                var end = text.index(after: index)
                while end < text.endIndex, "<>=!".contains(text[end]) {
                    end = text.index(after: end)
                }
                let written = String(text[index..<end])
                return ComparisonOperator(rawValue: written) == nil ? written : nil
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The text left of the first operator, the operator, and the text right of it, trimmed.
    static func splitOperator(_ text: Substring)
        -> (Substring, ComparisonOperator, Substring)?
    {
        var index = text.startIndex
        var depth = 0
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0, "<>=!".contains(character) {
                let next = text.index(after: index)
                let double = next < text.endIndex && text[next] == "="
                let written = String(character) + (double ? "=" : "")
                guard let op = ComparisonOperator(rawValue: written) else { return nil }
                let after = double ? text.index(after: next) : next
                let left = text[..<index].trimmingWhitespace
                let right = text[after...].trimmingWhitespace
                guard !left.isEmpty, !right.isEmpty else { return nil }
                return (left, op, right)
            }
            index = text.index(after: index)
        }
        return nil
    }

    static let quantityHint =
        "quantities are speedup(A over B), wall(X), work(X), cpu(X), rss(X), pss(X), cores(X), result(X).KEY, running(X), waiting(X), blocked(X), cores-when-free(X)"

    static func quantity(_ text: Substring, at location: SourceLocation) throws -> Quantity {
        guard let open = text.firstIndex(of: "("), let close = text.firstIndex(of: ")"),
            open < close
        else {
            throw SitegenError(
                .parse, at: location, "'\(text)' is not a quantity", hint: quantityHint)
        }
        let name = text[..<open].trimmingWhitespace
        let inside = text[text.index(after: open)..<close].trimmingWhitespace
        let tail = text[text.index(after: close)...].trimmingWhitespace
        func id(_ written: Substring) throws -> String {
            let trimmed = written.trimmingWhitespace
            guard !trimmed.isEmpty, !trimmed.contains(where: { $0 == " " || $0 == "(" }) else {
                throw SitegenError(
                    .parse, at: location, "'\(trimmed)' is not an example id",
                    hint: "write the id= of a runnable block, e.g. \(name)(my-example)")
            }
            return String(trimmed)
        }
        if name == "result" {
            guard tail.hasPrefix("."), isIdentifier(tail.dropFirst()) else {
                throw SitegenError(
                    .parse, at: location, "result(\(inside)) needs the key of a RESULT number",
                    hint: "write e.g. result(\(inside)).total")
            }
            return .result(try id(inside), key: String(tail.dropFirst()))
        }
        guard tail.isEmpty else {
            throw SitegenError(
                .parse, at: location, "unexpected '\(tail)' after \(name)(…)",
                hint: "only result(X) takes a .KEY")
        }
        switch name {
        case "speedup":
            let parts = inside.split(separator: " over ", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw SitegenError(
                    .parse, at: location, "speedup needs two examples, not '\(inside)'",
                    hint: "write speedup(A over B): how many times faster A ran than B")
            }
            return .speedup(try id(parts[0]), over: try id(parts[1]))
        case "wall": return .wall(try id(inside))
        case "work": return .work(try id(inside))
        case "cpu": return .cpu(try id(inside))
        case "rss": return .rss(try id(inside))
        case "pss": return .pss(try id(inside))
        case "cores": return .cores(try id(inside))
        case "cores-when-free": return .coresWhenFree(try id(inside))
        case "running", "waiting", "blocked":
            let share = WorkerShare(rawValue: String(name))!
            let parts = inside.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            var workers: String?
            if parts.count == 2 {
                let pattern = parts[1].trimmingWhitespace
                guard !pattern.isEmpty, !pattern.dropLast().contains("*"),
                    !pattern.contains(where: { $0 == "(" || $0 == ")" })
                else {
                    throw SitegenError(
                        .parse, at: location, "'\(pattern)' does not name a worker",
                        hint:
                            "write a thread or process name, or a prefix with a final *, e.g. \(name)(\(parts[0].trimmingWhitespace), Thread-*)"
                    )
                }
                workers = String(pattern)
            }
            return .share(share, try id(parts[0]), workers: workers)
        default:
            throw SitegenError(
                .parse, at: location, "'\(name)' is not a quantity sitegen measures",
                hint: quantityHint)
        }
    }

    /// Units by suffix, with the factor to the base unit and the quantities they fit.
    static let units: [(suffix: String, factor: Double, kind: UnitKind)] = [
        ("KiB", 1024, .bytes), ("MiB", 1024 * 1024, .bytes), ("GiB", 1024 * 1024 * 1024, .bytes),
        ("ms", 1e-3, .seconds), ("us", 1e-6, .seconds), ("s", 1, .seconds), ("B", 1, .bytes),
        ("x", 1, .ratio), ("×", 1, .ratio), ("%", 0.01, .percent),
    ]

    enum UnitKind { case seconds, bytes, ratio, percent }

    static func number(_ text: Substring, for quantity: Quantity, at location: SourceLocation)
        throws -> Double
    {
        var digits = text
        var factor = 1.0
        for unit in units where text.hasSuffix(unit.suffix) {
            let fits: Bool
            switch (quantity, unit.kind) {
            case (.wall, .seconds), (.work, .seconds), (.cpu, .seconds), (.rss, .bytes),
                (.pss, .bytes),
                (.speedup, .ratio), (.cores, .ratio), (.result, _), (.share, .percent),
                (.coresWhenFree, .ratio):
                fits = true
            default: fits = false
            }
            guard fits else {
                throw SitegenError(
                    .parse, at: location, "'\(unit.suffix)' does not fit \(quantity.written)",
                    hint:
                        "times take s, ms or us; memory B, KiB, MiB or GiB; speedups x; shares of the workers' lives %"
                )
            }
            digits = text.dropLast(unit.suffix.count).trimmingWhitespace
            factor = unit.factor
            break
        }
        // Finite after the unit too: 1e308GiB overflows to infinity (found by review of the
        // fuzzer's invariants, Fuzz/ClaimParserFuzzer.swift).
        guard let value = Double(digits), value.isFinite, (value * factor).isFinite else {
            throw SitegenError(
                .parse, at: location, "'\(text)' is not a number",
                hint: "write e.g. 1.3, 500ms or 64MiB")
        }
        // Times, sizes, speed-ups and core counts are never negative; a RESULT may be.
        var isResult = false
        if case .result = quantity { isResult = true }
        if !isResult, value < 0 {
            throw SitegenError(
                .parse, at: location, "'\(text)' is negative, and \(quantity.written) never is",
                hint: "write a number of 0 or more, e.g. 1.3, 500ms or 64MiB")
        }
        return value * factor
    }
}

extension Substring {
    /// The rest after `keyword` and a space (or the end), trimmed; nil when it does not start so.
    fileprivate func dropKeyword(_ keyword: String) -> Substring? {
        guard hasPrefix(keyword) else { return nil }
        let rest = dropFirst(keyword.count)
        if keyword.hasSuffix(":") { return rest.trimmingWhitespace }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return rest.trimmingWhitespace
    }
}
