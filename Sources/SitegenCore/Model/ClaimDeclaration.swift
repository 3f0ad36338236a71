/// A ```` ```claim id=… ```` fence: a statement of the content and the clauses that decide it.
///
/// Built once by the Parse stage (`ClaimParser`); the Analyze stage evaluates it, the page shows it
/// as a card where it was declared.
struct ClaimDeclaration: Sendable, Hashable {
    var id: String
    /// The statement as the reader sees it (line 1 of the fence body).
    var statement: String
    var clauses: [ClaimClause]
    /// Output file of the page that declares it, e.g. `experiments-cpu-io.html` (set by the parser).
    var page: String
    /// The fence's opening line.
    var location: SourceLocation
    /// `budget=SECONDS`: time budget for adaptive rounds of the examples it compares (issue 12).
    var budget: Double?

    init(
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
    func comparisons(_ role: ClaimClause.Role) -> [ClaimComparison] {
        clauses.compactMap {
            if case .compare(let found, let comparison) = $0.kind, found == role {
                return comparison
            }
            return nil
        }
    }

    /// The `require` clauses.
    var requirements: [Requirement] {
        clauses.compactMap {
            if case .require(let requirement) = $0.kind { return requirement }
            return nil
        }
    }

    /// The `explain` texts, joined.
    var explanation: String? {
        let texts = clauses.compactMap {
            if case .explain(let text) = $0.kind { return text }
            return nil
        }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }

    /// Every example id or sweep base id the clauses name, in order, without repeats.
    var evidence: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for clause in clauses {
            guard case .compare(_, let comparison) = clause.kind else { continue }
            for id in comparison.exampleIDs where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// Its card's anchor on the declaring page.
    var anchor: String { "claim-\(id)" }
}
