import Foundation
import Synchronization
import Testing

@testable import SitegenCore

/// On a fixture site built through the scripted executor, every claim cell (its row in the
/// claims table, its card's reason) says each sentence once and quotes each figure once per
/// paragraph; every badge has one form whatever the verdict; an inconclusive verdict names the
/// comparison that did not decide, with its figures.
@Suite struct ClaimCellTests {
    static let page = """
        # Page

        ```sh run id=fast runs=4 warmup=0
        fast
        ```

        ```sh run id=slow runs=4 warmup=0
        slow
        ```

        ```sh run id=noisy runs=4 warmup=0
        noisy
        ```

        ```chart kind=comparison examples="slow,fast,noisy" title="Three"
        ```

        ```claims
        ```

        ```claim id=clear
        Fast is faster than slow.
        holds if speedup(fast over slow) > 1.5
        ```

        ```claim id=wrong
        Fast takes longer than slow.
        holds if wall(fast) > wall(slow)
        fails if wall(fast) < wall(slow)
        ```

        ```claim id=open
        Noisy is faster than slow.
        holds if speedup(fast over slow) > 1.5
        holds if speedup(noisy over slow) > 1.5
        ```

        """

    /// fast 0.1 s and slow 0.2 s in every run; noisy alternates 0.08 s and 0.3 s.
    static func builder() -> SiteBuilder {
        let calls = Mutex([String: Int]())
        return SiteBuilder(
            executor: ScriptedExecutor { request in
                let code =
                    (try? String(contentsOfFile: request.arguments.last!, encoding: .utf8)) ?? ""
                let name = code.trimmingCharacters(in: .whitespacesAndNewlines)
                let call = calls.withLock { counts -> Int in
                    counts[name, default: 0] += 1
                    return counts[name]!
                }
                let wall =
                    name == "fast" ? 0.1 : name == "slow" ? 0.2 : (call % 2 == 0 ? 0.08 : 0.3)
                return ScriptedExecutor.capture(lines: [(0.01, .stdout, name)], wall: wall)
            }, environment: [:])
    }

    /// The text of each `<p>` and `<li>` inside the elements of `html` that open with `marker`.
    static func paragraphs(in html: String, after marker: String, until end: String) -> [[String]] {
        html.components(separatedBy: marker).dropFirst().map { cell in
            let body = cell.components(separatedBy: end).first ?? cell
            return body.components(separatedBy: "<p").dropFirst().map(text)
                + body.components(separatedBy: "<li").dropFirst().map(text)
        }
    }

    /// A fragment's text up to its element's end, tags dropped.
    static func text(_ fragment: String) -> String {
        let inner = fragment.components(separatedBy: "</p>").first ?? fragment
        var out = ""
        var inTag = true  // the fragment starts inside the opening tag
        for character in inner.components(separatedBy: "</li>").first ?? inner {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        return out
    }

    static func sentences(_ paragraph: String) -> [String] {
        paragraph.components(separatedBy: ". ").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { $0.count >= 25 }
    }

    @Test func noClaimCellRepeatsASentenceOrAFigure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/index.md", Self.page)
        var options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        options.instrumented = false
        _ = try Self.builder().build(options)
        let html = try folder.read("site/index.html")
        let cells =
            Self.paragraphs(in: html, after: "<td class=\"why\"", until: "</td>")
            + Self.paragraphs(in: html, after: "<div class=\"claim-reason\"", until: "</aside>")
        #expect(cells.count == 6)
        let figure = try Regex(#"\d+\.\d+ ?(×|%|s\b|ms\b)"#)
        for cell in cells {
            let said = cell.flatMap(Self.sentences)
            #expect(Set(said).count == said.count, "a sentence said twice: \(said)")
            for paragraph in cell {
                let figures = paragraph.matches(of: figure).map { String(paragraph[$0.range]) }
                for value in Set(figures) {
                    #expect(
                        figures.filter { $0 == value }.count <= 2,
                        "\(value) quoted more than twice in: \(paragraph)")
                }
            }
        }
        // Each verdict, in one form of badge.
        for (id, verdict) in [
            ("clear", "holds"), ("wrong", "does not hold"), ("open", "inconclusive"),
        ] {
            #expect(html.contains("href=\"index.html#claim-\(id)\""))
            let badge = try #require(
                html.components(separatedBy: "<a class=\"claim-badge verdict-").dropFirst().map {
                    $0.components(separatedBy: "</a>")[0] + "</a>"
                }.first { $0.contains("href=\"index.html#claim-\(id)\"") })
            #expect(badge.contains("</span>measured: \(verdict)</a>"), "\(badge.prefix(300))")
        }
        // The undecided comparison is named, with its interval, in the table and on the card.
        let named = "speedup(noisy over slow) &gt; 1.5 (95 % CI "
        #expect(html.components(separatedBy: named).count == 3, "\(html.count)")
        #expect(html.contains("in 1 of its 2 comparisons (the others shown)"))
    }
}
