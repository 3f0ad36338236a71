/// One line of a claim fence after the statement.
struct ClaimClause: Sendable, Hashable {
    enum Role: String, Sendable, Hashable, CaseIterable {
        /// `holds if`: all shown → holds.
        case holdsIf = "holds if"
        /// `fails if`: any shown → fails.
        case failsIf = "fails if"
        /// `check`: a sanity check of the experiment; not shown → inconclusive.
        case check
        /// `control`: on a busy machine, shows the cores were free.
        case control
    }

    enum Kind: Sendable, Hashable {
        case require(Requirement)
        case compare(Role, ClaimComparison)
        case explain(String)
    }

    let kind: Kind
    /// The line as written (trimmed).
    let text: String
    let location: SourceLocation

}

/// `require FACT OP NUMBER`: a precondition on the machine (unmet: the claim is inconclusive
/// there); `require [no] FACT`: a fact of the interpreter (unmet: the claim does not apply
/// there), stored as `FACT = 1` or `FACT = 0`.
struct Requirement: Sendable, Hashable {
    enum Fact: String, Sendable, Hashable, CaseIterable {
        /// CPUs available to the build (affinity-aware).
        case cores
        /// The interpreter runs with a global interpreter lock (the machine card's "GIL at run
        /// time"): CPython and PyPy do, free-threaded CPython 3.13t/3.14t does not.
        case gil
        /// A free-threaded build (`Py_GIL_DISABLED`), whether or not its GIL was turned back on.
        case freeThreaded = "free-threaded"

        /// A yes-or-no fact of the interpreter, written without a comparison.
        var isInterpreterFact: Bool { self != .cores }
    }

    let fact: Fact
    let op: ComparisonOperator
    let value: Double

}
