import Testing

@testable import SitegenCore

@Suite struct ParameterSweepTests {
    @Test func oneParameterGivesOneConfigurationPerValue() throws {
        let sweep = try ParameterSweep.parse("workers=1,2,4,8")
        #expect(
            sweep.configurations.map { ParameterSweep.id("cpu", $0) } == [
                "cpu@workers=1", "cpu@workers=2", "cpu@workers=4", "cpu@workers=8",
            ])
    }

    @Test func twoParametersGiveTheCartesianProduct() throws {
        let sweep = try ParameterSweep.parse("workers=1, 2; size=64,4096")
        #expect(
            sweep.configurations.map { ParameterSweep.id("ipc", $0) } == [
                "ipc@workers=1,size=64", "ipc@workers=1,size=4096", "ipc@workers=2,size=64",
                "ipc@workers=2,size=4096",
            ])
    }

    @Test(arguments: [
        ("workers", "'workers' has no '=' between a name and its values"),
        (
            "workers=",
            "'workers' has an empty or unusable value '' (letters, digits, '.', '_', '-')"
        ),
        (
            "workers=1,,2",
            "'workers' has an empty or unusable value '' (letters, digits, '.', '_', '-')"
        ),
        (
            "Workers=1",
            "'Workers' is not a parameter name (lower-case letters, digits and '_', starting with a letter)"
        ),
        ("workers=1;workers=2", "'workers' is given twice"),
        ("workers=1,1", "'workers' lists a value twice"),
        (
            "size=a/b",
            "'size' has an empty or unusable value 'a/b' (letters, digits, '.', '_', '-')"
        ),
        ("a=1,2,3,4,5,6,7,8,9;b=1,2,3,4,5,6,7,8", "72 configurations, more than the 64 allowed"),
    ])
    func malformed(text: String, message: String) {
        #expect(throws: ParameterSweep.Failure(description: message)) {
            try ParameterSweep.parse(text)
        }
    }

    /// 64 parameters of two values each: 2^64 configurations, which overflowed Int and trapped
    /// (found while fuzzing the sweep parser, Fuzz/ParameterSweepFuzzer.swift).
    @Test func hugeSweepsAreAnErrorNotACrash() {
        let names = (0..<64).map { "p\($0)" }
        let text = names.map { "\($0)=1,2" }.joined(separator: ";")
        #expect(
            throws: ParameterSweep.Failure(
                description:
                    "more than \(Int.max) configurations, more than the 64 allowed")
        ) {
            try ParameterSweep.parse(text)
        }
    }

    static func parse(_ markdown: String) throws -> [Example] {
        try SiteParser.parse([ContentFile(relativePath: "sweep.md", text: markdown)]).examples
    }

    @Test func aParameterisedBlockExpandsIntoExamples() throws {
        let examples = try Self.parse(
            "# Sweep\n\n```python run id=cpu params=\"workers=1,2\"\nprint(1)\n```\n")
        #expect(examples.map(\.id) == ["cpu@workers=1", "cpu@workers=2"])
        #expect(examples.map(\.parameters) == [["workers": "1"], ["workers": "2"]])
        #expect(examples[1].parameterEnvironment == ["SITEGEN_PARAM_WORKERS": "2"])
        #expect(
            examples.allSatisfy {
                $0.baseID == "cpu" && $0.location.line == 3 && $0.code == "print(1)\n"
            })
    }

    @Test func plainBlocksHaveNoParameters() throws {
        let examples = try Self.parse("```python run id=plain\nprint(1)\n```\n")
        #expect(examples.map(\.id) == ["plain"])
        #expect(examples[0].parameters.isEmpty)
        #expect(examples[0].parameterEnvironment.isEmpty)
    }

    @Test func malformedParamsNameTheFileAndLine() {
        do {
            _ = try Self.parse("# Sweep\n\n\n```python run params=\"workers=\"\nprint(1)\n```\n")
            Issue.record("expected an error")
        } catch let error as SitegenError {
            #expect(
                error.description
                    == "sweep.md:4: params=\"workers=\": 'workers' has an empty or unusable value '' (letters, digits, '.', '_', '-') — write e.g. params=\"workers=1,2,4,8\" or params=\"workers=1,2;size=64,4096\""
            )
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
