/// A claim's `result(X).KEY` names a number that some run of X printed: a mistyped key is a
/// build error at the clause's line, as a mistyped example id is (issue 23). Keys can only be
/// checked once the examples ran, so this runs between Measure and Analyze. An example none of
/// whose runs printed a RESULT line (it failed, or `--no-exec` found nothing cached) has no keys
/// to check against: its claim stays inconclusive with that reason, rather than a guess here.
enum ResultKeyCheck {
    /// `results`: every environment's results of the build.
    static func check(_ claims: [ClaimDeclaration], _ results: [ExampleResult]) throws {
        for claim in claims {
            for clause in claim.clauses {
                guard case .compare(_, let comparison) = clause.kind else { continue }
                var quantities = [comparison.lhs]
                if case .quantity(let right) = comparison.rhs { quantities.append(right) }
                for case .result(let id, let key) in quantities {
                    // `for each P:` names a sweep by its base id: every configuration counts.
                    let examples = results.filter {
                        comparison.forEach == nil ? $0.example.id == id : $0.example.baseID == id
                    }
                    let printed = keys(printedBy: examples)
                    guard !printed.isEmpty, !printed.contains(key) else { continue }
                    throw SitegenError(
                        .parse, at: clause.location,
                        "no run of '\(id)' printed a RESULT number \"\(key)\"",
                        hint: "its RESULT lines have \(printed.sorted().joined(separator: ", "))"
                    )
                }
            }
        }
    }

    /// The keys of every RESULT line the runs printed (the shown run's line for results measured
    /// before runs kept their own).
    static func keys(printedBy results: [ExampleResult]) -> Set<String> {
        var keys = Set<String>()
        for result in results {
            for run in result.runs { keys.formUnion(run.resultNumbers?.keys ?? [:].keys) }
            if let line = ResultLine.parse(result.lines) { keys.formUnion(line.numbers.keys) }
        }
        return keys
    }
}
