/// Comparisons that need no noise rule: integers every run printed alike.
extension ClaimEvaluator {
    /// A RESULT number that every run printed as the same integer (a count, a total) has no
    /// noise: it is compared as an integer, exactly ("reported total = 20000 in every run (5
    /// runs), equal to 20000"), not on a confidence interval. Nil when a side varies or is not a
    /// RESULT number.
    static func exactIntegers(
        _ comparison: ClaimComparison, role: ClaimClause.Role, _ evidence: Evidence
    ) throws(Evidence.Missing) -> ClauseFinding? {
        func constant(_ quantity: Quantity) throws(Evidence.Missing) -> (Double, Int)? {
            guard case .result = quantity else { return nil }
            let values = try evidence.samples(quantity)
            guard let first = values.first, first == first.rounded(), abs(first) < 1e15,
                values.allSatisfy({ $0 == first })
            else { return nil }
            return (first, values.count)
        }
        guard let (left, runs) = try constant(comparison.lhs) else { return nil }
        func reported(_ quantity: Quantity, _ value: Double, _ runs: Int) -> String {
            let over = runs == 1 ? "1 run" : "\(runs) runs"
            guard case .result(let x, let key) = quantity else { return "" }
            return runs == 1
                ? "\(x) reported \(key) = \(number(value)) (\(over))"
                : "\(x) reported \(key) = \(number(value)) in every run (\(over))"
        }
        let holds: Bool
        var sentence = reported(comparison.lhs, left, runs)
        switch comparison.rhs {
        case .number(let value):
            holds = comparison.op.holds(left, value)
            sentence +=
                ", \(exactRelation(holds, comparison.op, amount(comparison.lhs, value, unit: comparison.unit)))"
        case .quantity(let quantity):
            guard let (right, rightRuns) = try constant(quantity) else { return nil }
            holds = comparison.op.holds(left, right)
            sentence +=
                ", and \(reported(quantity, right, rightRuns)): \(exactRelation(holds, comparison.op, "the second", subject: "the first"))"
        }
        return ClauseFinding(
            role: role, decision: holds ? .shown : .opposite, sentence: sentence,
            missingParallelism: false, exact: true)
    }

    /// "equal to 20000", "not below the second": an exact comparison has no noise to beat.
    static func exactRelation(
        _ holds: Bool, _ op: ComparisonOperator, _ other: String, subject: String? = nil
    ) -> String {
        let lead = subject.map { "\($0) is " } ?? ""
        return "\(lead)\(holds ? "" : "not ")\(words(op)) \(other)"
    }
}
