// libFuzzer entry point for ClaimParser: the input is a claim fence. When it opens with a fence
// line (```` ```claim id=… budget=… ````, as the seeds do), that line goes through
// FenceInfoParser and `ClaimParser.parse(_ block:)` and the body ends at a closing ```` ``` ````
// line; the body always goes through the pure entry point `ClaimParser.parse(_:location:)`.
// No crash, and every claim that parses keeps the invariants below. Built by Fuzz/run.sh with
// `swiftc -sanitize=fuzzer`.
//
// fuzz-target: claim
// fuzz-max-len: 1024
// fuzz-sources: Sources/SitegenCore/Parse/ClaimParser.swift Sources/SitegenCore/Model/ClaimDeclaration.swift Sources/SitegenCore/Model/ClaimClause.swift Sources/SitegenCore/Model/ClaimComparison.swift Sources/SitegenCore/Model/SitegenError.swift Sources/SitegenCore/Model/SourceLocation.swift Sources/SitegenCore/Model/CodeBlock.swift Sources/SitegenCore/Model/FenceInfo.swift Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

/// `precondition` without its message in -O builds: this one names the broken invariant.
private func invariant(_ holds: Bool, _ message: @autoclosure () -> String) {
    if !holds { fatalError("invariant broken: \(message())") }
}

/// The fence's opening line in the fuzzed file.
private let fence = SourceLocation(file: "fuzz.md", line: 10)

/// Lines as cmark ends them (`\n`, `\r\n` or `\r`), counted on scalars: independent of the
/// parser's own splitting.
private func lines(_ text: String) -> [String] {
    var result: [String] = []
    var line = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        if scalar == "\n" && previous == "\r" {
            previous = scalar
            continue
        }
        if scalar == "\n" || scalar == "\r" {
            result.append(String(line))
            line = String.UnicodeScalarView()
        } else {
            line.append(scalar)
        }
        previous = scalar
    }
    result.append(String(line))
    return result
}

private func hasLineEnd(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
}

private func trimmed(_ text: String) -> String { String(Substring(text).trimmingWhitespace) }

/// What every parsed claim of `body` (opening at `fence`) must satisfy.
private func check(_ claim: ClaimDeclaration, body: String) {
    let bodyLines = lines(body)
    invariant(!claim.statement.isEmpty, "an empty statement")
    invariant(trimmed(claim.statement) == claim.statement, "a statement not trimmed")
    invariant(!claim.statement.hasPrefix("#"), "a comment taken for the statement")
    invariant(!hasLineEnd(claim.statement), "a statement over several lines")
    invariant(bodyLines.contains { trimmed($0) == claim.statement }, "a statement not written")
    invariant(claim.location == fence, "the claim moved from its fence")
    var previous = fence.line + 1
    for clause in claim.clauses {
        let line = clause.location.line
        invariant(clause.location.file == fence.file, "a clause in another file")
        invariant(line > previous, "a clause not after the statement and the clause before it")
        invariant(line <= fence.line + bodyLines.count, "a clause line beyond the fence")
        previous = line
        let written = trimmed(bodyLines[line - fence.line - 1])
        invariant(clause.text == written, "a clause's text is not its line")
        invariant(!clause.text.isEmpty && !clause.text.hasPrefix("#"), "an empty clause")
        invariant(!hasLineEnd(clause.text), "a clause over several lines")
        switch clause.kind {
        case .explain(let text):
            invariant(clause.text.hasPrefix("explain"), "explain from another word")
            invariant(!text.isEmpty, "an empty explain")
        case .require(let requirement):
            invariant(clause.text.hasPrefix("require"), "require from another word")
            invariant(requirement.value.isFinite, "a requirement that is not a number")
        case .compare(let role, let comparison):
            invariant(clause.text.hasPrefix(role.rawValue), "a role from another word")
            if let name = comparison.forEach {
                invariant(ClaimParser.isIdentifier(name), "for each of a non-name")
            }
            var quantities = [comparison.lhs]
            switch comparison.rhs {
            case .number(let value): invariant(value.isFinite, "a number that is not finite")
            case .quantity(let quantity): quantities.append(quantity)
            }
            for quantity in quantities {
                let again = try? ClaimParser.quantity(Substring(quantity.written), at: fence)
                invariant(again == quantity, "a quantity that does not read back as written")
                if case .result(_, let key) = quantity {
                    invariant(ClaimParser.isIdentifier(key), "a result key that is not a name")
                }
            }
        }
    }
    invariant(
        claim.clauses.contains {
            if case .compare(let role, _) = $0.kind { return role == .holdsIf || role == .failsIf }
            return false
        }, "a claim that nothing decides")
    invariant(Set(claim.evidence).count == claim.evidence.count, "evidence named twice")
    for id in claim.evidence {
        invariant(!id.isEmpty, "an empty evidence id")
        invariant(
            !id.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) && !hasLineEnd(id),
            "an evidence id with a separator")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func claimParserFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    var info: String?
    var body = text
    if text.hasPrefix("```") {
        var rest = lines(text)
        info = String(rest.removeFirst().drop { $0 == "`" })
        if let close = rest.firstIndex(where: { trimmed($0) == "```" }) {
            rest.removeSubrange(close...)
        }
        body = rest.joined(separator: "\n")
    }
    let pure = try? ClaimParser.parse(body, location: fence, id: "fuzz")
    if let pure {
        check(pure, body: body)
        invariant(pure.id == "fuzz" && pure.budget == nil, "id or budget not kept")
    }
    guard let info, let parsed = try? FenceInfoParser.parse(info),
        parsed.language == ClaimParser.language
    else { return 0 }
    let block = CodeBlock(infoString: info, info: parsed, code: body, location: fence)
    guard let claim = try? ClaimParser.parse(block) else { return 0 }
    check(claim, body: body)
    invariant(ClaimParser.isIdentifier(claim.id), "an id unusable in an anchor")
    invariant(claim.id == parsed["id"], "id= not kept")
    if let budget = claim.budget {
        invariant(budget > 0 && budget.isFinite, "a budget that is not a positive number")
    }
    invariant(
        claim.statement == pure?.statement && claim.clauses == pure?.clauses,
        "the fence and its body read differently")
    return 0
}
