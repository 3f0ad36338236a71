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
        case compare(Role, ClaimComparison)
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
