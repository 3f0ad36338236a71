import Foundation
import Testing

@testable import SitegenCore

/// The reader-facing parts of a rendered site: head, downloads, home summary, relative assets.
@Suite struct ReaderPageTests {
    static func render() throws -> [String: [UInt8]] {
        let site = try SiteParser.parse([
            ContentFile(
                relativePath: "index.md",
                text: "---\norder: 1\n---\n# Home\n\nSee [demo](demo.md).\n"),
            ContentFile(
                relativePath: "demo.md",
                text:
                    "---\ndescription: A demo page.\n---\n# Demo\n\n## One\n\n```python run id=hello\nprint('hi')\n```\n\n## Two\n"
            ),
        ])
        let example = site.examples[0]
        let interpreter = Interpreter(
            language: "python", path: "/usr/bin/python3", version: "3.11.7",
            implementation: "CPython",
            arguments: ["-u"], sourceFileName: "main.py")
        let capture = ProcessCapture(
            outcome: .exited(code: 0), wallSeconds: 0.05, userSeconds: 0.01, systemSeconds: 0.002,
            maxRSSBytes: 1,
            chunks: [OutputChunk(time: 0.02, stream: .stdout, bytes: Array("hi\n".utf8))])
        let machine = MachineInfo(
            cores: 2, os: "Debian 12", kernel: "Linux 6", architecture: "x86_64",
            interpreters: ["python": "3.11.7 (CPython)"])
        return try SiteRenderer.render(
            site: site,
            results: [ExampleResult(example: example, interpreter: interpreter, capture: capture)],
            machine: machine, generator: "sitegen test")
    }

    static func page(_ files: [String: [UInt8]], _ path: String) -> String {
        String(decoding: files[path] ?? [], as: UTF8.self)
    }

    @Test func everyPageHasItsHead() throws {
        let files = try Self.render()
        let demo = Self.page(files, "demo.html")
        for part in [
            #"<html lang="en">"#, #"<meta charset="utf-8"/>"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#,
            #"<meta name="description" content="A demo page."/>"#, "<title>Demo — Home</title>",
            #"<link rel="stylesheet" href="assets/site.css"/>"#,
        ] {
            #expect(demo.contains(part), "missing \(part)")
        }
    }

    @Test func noScriptsAndOnlyRelativeAssets() throws {
        for (path, bytes) in try Self.render() where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains(#"href="/"#) && !html.contains(#"src="/"#), "\(path)")
        }
    }

    @Test func examplesOfferTheirSourceAndCapture() throws {
        let files = try Self.render()
        #expect(Self.page(files, "examples/hello.py") == "print('hi')\n")
        let record = try JSONDecoder().decode(
            ResultsDocument.ExampleRecord.self, from: Data(files["examples/hello.json"]!))
        #expect(record.id == "hello" && record.lines.map(\.text) == ["hi"])
        let demo = Self.page(files, "demo.html")
        #expect(demo.contains(#"<a href="examples/hello.py" download="">source (hello.py)</a>"#))
        #expect(
            demo.contains(
                #"<a href="examples/hello.json" download="">raw capture (hello.json)</a>"#))
        #expect(
            demo.contains(#"<details class="data"><summary>Timeline data as a table</summary>"#))
        #expect(demo.contains(#"<nav class="toc" aria-label="On this page">"#))
    }

    @Test func homeSaysWhatWasMeasuredWhere() throws {
        let home = Self.page(try Self.render(), "index.html")
        #expect(home.contains("<h2>Measured on this build</h2>"))
        #expect(
            home.contains(
                "<details open=\"\"><summary>1 example: all succeeded; 50.0 ms of wall time in all</summary>"
            ))
        #expect(
            home.contains(
                "on Debian 12, kernel Linux 6, x86_64, 2 cores, with python 3.11.7 (CPython)."))
        #expect(home.contains(#"<a href="demo.html#example-hello">hello</a>"#))
        #expect(home.contains(#"<a href="demo.html">demo</a>"#))
    }
}
