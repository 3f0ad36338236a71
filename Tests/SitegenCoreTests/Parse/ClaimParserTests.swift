import Testing

@testable import SitegenCore

@Suite struct ClaimParserTests {
    static let here = SourceLocation(file: "experiments.md", line: 40)

    static func error(_ body: String) -> String? {
        do {
            _ = try ClaimParser.parse(body, location: here, id: "c")
            return nil
        } catch let error as SitegenError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func everyClauseQuantityAndQuantifier() throws {
        let claim = try ClaimParser.parse(
            """
            Threads overlap waits.

            # a comment
            require cores >= 2
            holds if speedup(a over b) > 1.3x
            fails if for each size: every run: wall(a) >= 500ms
            check some run: result(a).total = result(a).expected
            control cores(b) > 1.5
            holds if pss(a) < 64MiB
            holds if rss(a) != cpu(b)
            explain Why 1.3: 65 % of 2.
            """, location: Self.here, id: "c", budget: 30)
        #expect(claim.statement == "Threads overlap waits.")
        #expect(claim.budget == 30)
        #expect(claim.requirements == [Requirement(fact: .cores, op: .greaterOrEqual, value: 2)])
        #expect(
            claim.comparisons(.holdsIf) == [
                ClaimComparison(
                    lhs: .speedup("a", over: "b"), op: .greater, rhs: .number(1.3), unit: "x"),
                ClaimComparison(
                    lhs: .pss("a"), op: .less, rhs: .number(64 * 1_048_576), unit: "MiB"),
                ClaimComparison(lhs: .rss("a"), op: .notEqual, rhs: .quantity(.cpu("b"))),
            ])
        #expect(
            claim.comparisons(.failsIf) == [
                ClaimComparison(
                    forEach: "size", quantifier: .everyRun, lhs: .wall("a"), op: .greaterOrEqual,
                    rhs: .number(0.5), unit: "ms")
            ])
        #expect(
            claim.comparisons(.check) == [
                ClaimComparison(
                    quantifier: .someRun, lhs: .result("a", key: "total"), op: .equal,
                    rhs: .quantity(.result("a", key: "expected")))
            ])
        #expect(
            claim.comparisons(.control) == [
                ClaimComparison(lhs: .cores("b"), op: .greater, rhs: .number(1.5))
            ])
        #expect(claim.explanation == "Why 1.3: 65 % of 2.")
        #expect(claim.evidence == ["a", "b"])
        // Line of each clause: the fence is at 40, the statement at 41.
        #expect(claim.clauses.map(\.location.line) == [44, 45, 46, 47, 48, 49, 50, 51])
    }

    @Test func sweepConfigurationIdsKeepTheirEqualsSign() throws {
        let claim = try ClaimParser.parse(
            "S.\nholds if result(ipc-pipe@size=64).elapsed_s < 1s\n", location: Self.here)
        #expect(
            claim.comparisons(.holdsIf)[0].lhs == .result("ipc-pipe@size=64", key: "elapsed_s"))
    }

    @Test func errorsPointAtTheClausesLine() {
        #expect(
            Self.error("S.\nhold if wall(a) < 1s\n")
                == "experiments.md:42: 'hold' does not start a claim clause — start the line with require, holds if, fails if, check, control or explain"
        )
        #expect(
            Self.error("S.\nholds if wall(a) < 1s\nholds if speedup(a over b) > 1ms\n")
                == "experiments.md:43: 'ms' does not fit speedup(a over b) — times take s, ms or us; memory B, KiB, MiB or GiB; speedups x; shares of the workers' lives %"
        )
        #expect(
            Self.error("S.\nholds if walls(a) < 1s\n")
                == "experiments.md:42: 'walls' is not a quantity sitegen measures — quantities are speedup(A over B), wall(X), work(X), cpu(X), rss(X), pss(X), cores(X), result(X).KEY, running(X), waiting(X), blocked(X), cores-when-free(X)"
        )
        #expect(
            Self.error("S.\nholds if wall(a) 1s\n")?.hasPrefix(
                "experiments.md:42: no comparison operator in 'wall(a) 1s'") == true)
        #expect(
            Self.error("S.\nholds if result(a) > 1\n")
                == "experiments.md:42: result(a) needs the key of a RESULT number — write e.g. result(a).total"
        )
        #expect(
            Self.error("S.\nrequire memory > 2\nholds if wall(a) < 1s\n")
                == "experiments.md:42: 'memory' is not a fact of the machine — require knows cores, gil, free-threaded, e.g. require cores >= 2, require gil or require no gil"
        )
        #expect(
            Self.error("S.\nexplain Why.\n")
                == "experiments.md:40: the claim 'c' has no 'holds if' or 'fails if' clause — add e.g. 'holds if speedup(fast over slow) > 1.3' below the statement"
        )
        #expect(
            Self.error("\n\n")?.hasPrefix("experiments.md:40: the claim 'c' has no statement")
                == true)
    }

    @Test func misspelledQuantifierNamesTheValidOnes() {
        #expect(
            Self.error("S.\nholds if every runs: result(sum-aio).elapsed_s < 1s\n")
                == "experiments.md:42: 'every runs:' is not a quantifier — write 'every run:' or 'some run:' before the quantity, or neither"
        )
        #expect(
            Self.error("S.\ncheck any run: wall(a) < 1s\nholds if wall(a) < 1s\n")
                == "experiments.md:42: 'any run:' is not a quantifier — write 'every run:' or 'some run:' before the quantity, or neither"
        )
        // A colon inside an example id is not a quantifier.
        #expect(Self.error("S.\nholds if wall(a:b) < 1s\n") == nil)
    }

    @Test func doubleEqualsIsNamedAsTheOperator() {
        #expect(
            Self.error("S.\nholds if result(sum-aio).tasks == 8\n")
                == "experiments.md:42: '==' is not a comparison operator — the operators are < <= > >= = !=; equality is one '=', e.g. result(a).n = 8"
        )
        #expect(
            Self.error("S.\nholds if wall(a) => wall(b)\n")
                == "experiments.md:42: '=>' is not a comparison operator — the operators are < <= > >= = !="
        )
        #expect(
            Self.error("S.\nrequire cores == 2\nholds if wall(a) < 1s\n")
                == "experiments.md:42: '==' is not a comparison operator — the operators are < <= > >= = !=, e.g. require cores = 2"
        )
        // Operators inside a sweep configuration's id are part of the id.
        #expect(Self.error("S.\nholds if wall(a@n=8) <= 1s\n") == nil)
    }

    @Test func workerShareQuantitiesNameTheirWorkers() throws {
        let claim = try ClaimParser.parse(
            """
            S.
            holds if blocked(threads) > 10%
            holds if running(threads, Thread-*) >= 0.4
            check waiting(seq, MainProcess/MainThread) < 5%
            holds if cores-when-free(procs) > 1.3
            """, location: Self.here)
        #expect(claim.comparisons(.holdsIf)[0].lhs == .share(.blocked, "threads"))
        #expect(claim.comparisons(.holdsIf)[0].rhs == .number(0.1))
        #expect(
            claim.comparisons(.holdsIf)[1].lhs == .share(.running, "threads", workers: "Thread-*"))
        #expect(
            claim.comparisons(.check)[0].lhs
                == .share(.waiting, "seq", workers: "MainProcess/MainThread"))
        #expect(claim.comparisons(.holdsIf)[2].lhs == .coresWhenFree("procs"))
        #expect(claim.comparisons(.holdsIf)[1].lhs.written == "running(threads, Thread-*)")
        #expect(
            Self.error("S.\nholds if blocked(a, T*x) > 10%\n")?.contains(
                "'T*x' does not name a worker") == true)
        #expect(
            Self.error("S.\nholds if wall(a) > 10%\n")?.contains("'%' does not fit wall(a)")
                == true)
    }

    @Test func fenceAttributesAreChecked() {
        func error(_ info: String) -> String? {
            let block = CodeBlock(
                infoString: info, info: try! FenceInfoParser.parse(info),
                code: "S.\nholds if wall(a) < 1s\n", location: Self.here)
            do {
                _ = try ClaimParser.parse(block)
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(error("claim id=ok budget=20") == nil)
        #expect(error("claim")?.hasPrefix("experiments.md:40: a claim block needs id=") == true)
        #expect(error("claim id=a.b")?.contains("is not usable in an anchor") == true)
        #expect(error("claim id=a colour=red")?.contains("unknown attribute 'colour'") == true)
        #expect(error("claim id=a budget=-1")?.contains("budget must be a positive number") == true)
    }
}
