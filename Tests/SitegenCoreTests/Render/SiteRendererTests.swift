import Testing

@testable import SitegenCore

/// Page rendering with the scripted executor: deterministic output.
@Suite struct SiteRendererTests {
    func render(_ markdown: String, lines: [(Double, OutputStream, String)]) throws -> String {
        let site = try SiteParser.parse([ContentFile(relativePath: "index.md", text: markdown)])
        let interpreter = Interpreter(
            language: "python", path: "/usr/bin/python3", version: "3.11.7",
            implementation: "CPython",
            arguments: ["-u"], sourceFileName: "example.py")
        let capture = ScriptedExecutor.capture(lines: lines.map { ($0.0, $0.1, $0.2) }, wall: 0.5)
        let result = ExampleResult(
            example: site.examples[0], interpreter: interpreter, capture: capture)
        let machine = MachineInfo(
            cores: 2, os: "Debian", kernel: "Linux 6", architecture: "x86_64",
            interpreters: ["python": "3.11.7 (CPython)"])
        let files = try SiteRenderer.render(
            site: site, results: [result], machine: machine, generator: "sitegen test")
        return String(decoding: files["index.html"]!, as: UTF8.self)
    }

    @Test func anExampleShowsSourceTerminalTimedLinesTimelineAndOutcome() throws {
        let page = try render(
            "# Demo\n\n```python run id=demo\nprint('hi')\n```\n",
            lines: [(0.1, .stdout, "hi"), (0.25, .stderr, "warn")])
        #expect(
            page.contains(
                #"<pre class="code"><code class="language-python"><span class="hl-bi">print</span>"#
                    + #"(<span class="hl-str">'hi'</span>)"# + "\n</code></pre>"))
        #expect(
            page.contains(
                "<pre class=\"terminal\" aria-label=\"Output of demo\"><code>hi\nwarn\n</code></pre>"
            ))
        #expect(
            page.contains(
                #"<td class="num" data-label="ms">100.0</td><td class="stream" data-label="stream">stdout</td><td class="text"><code>hi</code></td>"#
            ))
        #expect(
            page.contains(
                #"<td class="num" data-label="ms">250.0</td><td class="stream" data-label="stream">stderr</td><td class="text"><code>warn</code></td>"#
            ))
        #expect(page.contains("<title>100 ms — hi</title>"))
        #expect(page.contains("Finished normally (exit code 0); it took 500.0 ms."))
        #expect(page.contains("<dt>Cores</dt><dd>2</dd>"))
    }

    @Test func outputCannotInjectMarkup() throws {
        let page = try render(
            "# Demo\n\n```python run id=demo\nx\n```\n",
            lines: [
                (0.1, .stdout, "</pre><script>alert(1)</script>"),
                (0.2, .stdout, "<img src=x onerror=alert(1)>\u{1b}[31m"),
            ])
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("\u{1b}"))
        #expect(page.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func renderingIsDeterministic() throws {
        let markdown = "# Demo\n\n```python run id=demo\nx\n```\n"
        #expect(
            try render(markdown, lines: [(0.1, .stdout, "a")])
                == render(markdown, lines: [(0.1, .stdout, "a")]))
    }
}
