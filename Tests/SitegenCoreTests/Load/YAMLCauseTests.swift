import Testing

@testable import SitegenCore

/// A YAML error is reported at the line of its cause (where an unclosed `[`, `{` or quote
/// opened), not where libyaml noticed it, and says what is wrong.
@Suite struct YAMLCauseTests {
    private func configurationError(_ yaml: String) -> String {
        do {
            _ = try SiteConfiguration.parse(yaml, file: "sitegen.yml")
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func anUnclosedBracketInTheConfigurationIsAtItsLine() {
        // Line 9 opens the list; libyaml notices on line 10.
        let yaml =
            "environments:\n  - id: a\n    label: A\n  - id: b\n    label: B\n"
            + "    env:\n      X: \"1\"\n  - id: c\n    examples: [one, two\n    label: C\n"
        #expect(
            configurationError(yaml)
                == "sitegen.yml:9: not valid YAML: this '[' is never closed — close the list with ']' (a list in brackets may span lines, but needs its ']'), or write one '- item' line per item"
        )
    }

    @Test func anUnclosedBraceAndQuoteAreAtTheirLines() {
        #expect(
            configurationError("environments:\n  - id: a\n    env: {X: 1\n    label: A\n")
                == "sitegen.yml:3: not valid YAML: this '{' is never closed — close the mapping with '}', or write one 'key: value' line per entry"
        )
        #expect(
            configurationError("environments:\n  - id: a\n    label: 'A\n  - id: b\n")
                == "sitegen.yml:3: not valid YAML: this quoted text is never closed (no closing ') — end the value with ' on the same line"
        )
    }

    @Test func otherProblemsKeepTheirOwnLineAndTheGenericHint() {
        #expect(
            configurationError("environments:\n  - id: a\n   label: x\n")
                == "sitegen.yml:3: not valid YAML: did not find expected '-' indicator — fix the YAML at this line (two spaces per level; quote values with ': ' or ' #')"
        )
    }

    @Test func frontMatterErrorsPointAtTheirCause() {
        func pageError(_ text: String) -> String {
            do {
                _ = try SiteParser.parse([ContentFile(relativePath: "p.md", text: text)])
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(
            pageError("---\ntitle: \"Threads\ndescription: x\n---\n# P\n")
                == "p.md:2: the front matter is not valid YAML: this quoted text is never closed (no closing \") — end the value with \" on the same line"
        )
        #expect(
            pageError("---\ntitle: x\nfiles: [a.csv, b.csv\norder: 2\n---\n# P\n")
                == "p.md:3: the front matter is not valid YAML: this '[' is never closed — close the list with ']' (a list in brackets may span lines, but needs its ']'), or write one '- item' line per item"
        )
    }
}
