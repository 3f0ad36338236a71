/// Decides one declared claim on the measured results: its clauses evaluated generically, then
/// the verdict in the grammar's order. Pure: value in, `Finding` out.
///
/// Order: missing evidence → inconclusive; a `require` unmet → inconclusive; a `check` not shown
/// → inconclusive; a `fails if` shown (without any: the opposite of a `holds if` shown) → fails;
/// every `holds if` shown → holds; else inconclusive. A busy machine and missing cores only ever
/// make a verdict inconclusive, never flip it: a verdict that rests on a missing speed-up (a
/// `speedup`/`cores` quantity found below its threshold) counts on a busy machine only when the
/// claim has `control` clauses and every one was shown.
enum ClaimEvaluator {
    /// What one comparison clause showed.
    struct ClauseFinding {
        let role: ClaimClause.Role
        let decision: ClaimDecision.Decision
        /// Plain sentence with the numbers.
        let sentence: String
        /// The decision rests on a speed-up or cores figure found below its comparator.
        let missingParallelism: Bool
        /// `for each`: shown at some values and contradicted at others.
        var partlyContradicted: Bool = false
        /// Decided run by run (`every run:`/`some run:`), not on an estimate with its noise.
        var exact: Bool = false
        /// A speed figure read on disturbed runs (too few undisturbed ones): how disturbed.
        var disturbance: UndisturbedRuns.Disturbance? = nil
        /// A speed figure whose runs do not say how long their workers waited for a core.
        var waitingUnknown = false
        /// The comparisons the clause makes: 1, or one per value of its `for each`.
        var comparisons = 1
        /// Those left within the noise, each named with its figures: "at n=8, a's
        /// secs > b's (ratio 1.80, 95 % CI 1.00–2.59)".
        var undecided: [String] = []
    }

    static func evaluate(
        _ claim: ClaimDeclaration, results: [ExampleResult], machine: BuildMachine
    ) -> Finding {
        evaluate(claim, Evidence(results), machine)
    }

    static func evaluate(_ claim: ClaimDeclaration, _ evidence: Evidence, _ machine: BuildMachine)
        -> Finding
    {
        if let finding = applicability(claim, machine) { return finding }
        var findings: [ClauseFinding] = []
        do throws(Evidence.Missing) {
            for clause in claim.clauses {
                guard case .compare(let role, let comparison) = clause.kind else { continue }
                findings.append(try evaluate(comparison, role: role, evidence))
            }
        } catch {
            return Finding(.inconclusive, sentence(error.reason))
        }
        let measured = findings.map(\.sentence).joined(separator: "; ")
        func reason(_ lead: String) -> String {
            measured.isEmpty ? sentence(lead) : sentence(lead) + " Measured: " + measured + "."
        }

        for requirement in claim.requirements where requirement.fact == .cores {
            let have = Double(machine.availableCores)
            guard !requirement.op.holds(have, requirement.value) else { continue }
            let cores = machine.availableCores
            return Finding(
                .inconclusive,
                reason(
                    "Only \(cores) \(cores == 1 ? "core was" : "cores were") available, and the claim requires cores \(requirement.op.rawValue) \(number(requirement.value)), so the effect could not show"
                ))
        }
        let checks = findings.filter { $0.role == .check && $0.decision != .shown }
        if !checks.isEmpty {
            return Finding(
                .inconclusive,
                reason(
                    "The experiment itself is off (a check was not shown): "
                        + checks.map(\.sentence).joined(separator: "; ")))
        }
        let controls = findings.filter { $0.role == .control }
        let controlled = !controls.isEmpty && controls.allSatisfy { $0.decision == .shown }
        let holdsIf = findings.filter { $0.role == .holdsIf }
        let failsIf = findings.filter { $0.role == .failsIf }
        let failing =
            failsIf.isEmpty
            ? holdsIf.filter { $0.decision == .opposite }
            : failsIf.filter { $0.decision == .shown }
        let decisive: [ClauseFinding]
        let verdict: Verdict
        if !failing.isEmpty {
            (decisive, verdict) = (failing, .fails)
        } else if !holdsIf.isEmpty, holdsIf.allSatisfy({ $0.decision == .shown }) {
            (decisive, verdict) = (holdsIf, .holds)
        } else {
            let open = holdsIf.filter { $0.decision != .shown }
            let partly = open.filter(\.partlyContradicted)
            var lead =
                "Not shown either way beyond the noise (\(ClaimDecision.noiseDescription(evidence.rule)))"
                + Self.undecided(open, of: holdsIf.map(\.comparisons).reduce(0, +))
            if !partly.isEmpty {
                lead =
                    "Partly contradicted: some values show the claim and others its opposite, beyond the noise (\(ClaimDecision.noiseDescription(evidence.rule)))"
            } else if open.isEmpty {
                lead = "No 'fails if' clause was shown, and the claim has no 'holds if' clause"
            } else if let disturbance = open.lazy.compactMap(\.disturbance).first {
                lead +=
                    "; \(disturbance.phrase): runs where they did not, or a quieter machine, would settle it"
            } else {
                lead += "; more measurements, or a quieter machine, would settle it"
            }
            return Finding(.inconclusive, reason(lead))
        }
        let what = verdict == .holds ? "Holds" : "Does not hold"
        // Run-by-run clauses are exact; only estimates are decided against the noise.
        let shown =
            decisive.allSatisfy(\.exact)
            ? "" : " beyond the noise (\(ClaimDecision.noiseDescription(evidence.rule)))"
        // A speed-up found missing on runs whose workers waited for a core proves nothing: the
        // other programs alone can hold it back. The runs' own waiting says so; the load average
        // before the build is only a guess at it, read only for runs that do not say (measured
        // before sitegen split the workers' time, or not sampled).
        let missing = decisive.filter(\.missingParallelism)
        let disturbed =
            missing.lazy.compactMap { $0.disturbance?.phrase }.first
            ?? (machine.isBusy && missing.contains(where: \.waitingUnknown)
                ? "the machine was busy before the build (\(machine.loadPhrase))" : nil)
        if let disturbed {
            guard controlled else {
                return Finding(
                    .inconclusive,
                    reason(
                        "Cannot be decided on this build: the figures alone would say \"\(what.lowercased())\", but \(disturbed), which alone can hold a speed-up back, and "
                            + (controls.isEmpty
                                ? "the claim has no control to show the cores were free"
                                : "its control did not show the cores were free")))
            }
            return Finding(
                verdict,
                reason(
                    "\(what)\(shown); \(disturbed), but the control shows the cores were free"
                ))
        }
        return Finding(verdict, reason(what + shown))
    }

    /// Not applicable where the interpreter lacks a fact the claim requires (`require gil` on
    /// free-threaded CPython); nil where it applies or the interpreter did not state the fact.
    static func applicability(_ claim: ClaimDeclaration, _ machine: BuildMachine) -> Finding? {
        for requirement in claim.requirements where requirement.fact.isInterpreterFact {
            let wanted = requirement.value != 0
            let fact: String
            switch requirement.fact {
            case .gil: fact = wanted ? "an interpreter with a GIL" : "an interpreter without a GIL"
            case .freeThreaded, .cores:
                fact = wanted ? "a free-threaded build" : "an interpreter that is not free-threaded"
            }
            let written = "require \(wanted ? "" : "no ")\(requirement.fact.rawValue)"
            // Not stated (no Python, a card of an older sitegen): decided as written.
            guard let have = machine.fact(requirement.fact), have != wanted else { continue }
            let found: String
            switch requirement.fact {
            case .gil: found = have ? "runs with its GIL" : "runs without a GIL"
            case .freeThreaded, .cores:
                found = have ? "is a free-threaded build" : "is not a free-threaded build"
            }
            return Finding(
                .notApplicable,
                sentence(
                    "Does not apply here: the claim is about \(fact) (\(written)), and this environment's interpreter \(found)"
                ))
        }
        return nil
    }

    /// Which comparisons did not decide, so an inconclusive verdict names them: " in 1 of its
    /// 6 comparisons, at size=64 for …"; empty when none is named.
    static func undecided(_ open: [ClauseFinding], of total: Int) -> String {
        let named = open.flatMap(\.undecided)
        guard !named.isEmpty else { return "" }
        let count = named.count
        let share =
            total > 1
            ? " in \(count) of its \(total) comparisons"
                + (count == total ? "" : " (the others shown)")
            : ""
        // " — ", not ": ", so the claims table's short reason (its words up to the first ": ")
        // keeps the comparisons it names.
        return share + " — " + named.joined(separator: "; ")
    }

    /// Capitalised, with a final full stop.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let body = first.uppercased() + text.dropFirst()
        return body.hasSuffix(".") ? body : body + "."
    }
}
