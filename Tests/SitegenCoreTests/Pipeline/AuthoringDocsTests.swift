import Foundation
import Testing

@testable import SitegenCore

/// The examples of `docs/authoring.md`'s "Support files" and "Sweeps" sections, taken from the
/// page's text, and the README's, built with real processes: the docs show what really builds.
@Suite struct AuthoringDocsTests {
    static func repositoryFile(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path).path
    }

    /// The bodies of the ````markdown fences between `heading` and the next heading (a `#`
    /// line outside those fences).
    static func examples(_ text: String, section heading: String) -> [String] {
        var bodies: [String] = []
        var inSection = false
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("#") {
                inSection = line == heading
            } else if !inSection {
                continue
            } else if current == nil, line == "````markdown" {
                current = []
            } else if current != nil, line == "````" {
                bodies.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return bodies
    }

    @Test func theSupportFileAndSweepExamplesBuild() throws {
        let text = try String(
            contentsOfFile: Self.repositoryFile("docs/authoring.md"), encoding: .utf8)
        let readme = try String(contentsOfFile: Self.repositoryFile("README.md"), encoding: .utf8)
        let short = Self.examples(readme, section: "## What you write").filter {
            $0.contains("files=")
        }
        #expect(short.count == 1)
        let files = Self.examples(text, section: "### Support files")
        let sweeps = Self.examples(text, section: "### Sweeps")
        #expect(files.count == 1 && sweeps.count == 2)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/data/prices.csv", "day,price\nmon,10.5\ntue,11.0\nwed,9.5\n")
        try folder.write(
            "content/helpers/stats.py", "def mean(values):\n    return sum(values) / len(values)\n")
        try folder.write("content/prices.md", files.joined())
        try folder.write("content/naps.md", "# Naps\n\n" + sweeps.joined(separator: "\n"))
        // The README's two examples, with their ids made their own.
        try folder.write(
            "content/readme.md",
            "# README\n\n"
                + short.joined().replacingOccurrences(of: "id=mean-price", with: "id=readme-price")
                .replacingOccurrences(of: "id=nap-aio", with: "id=readme-naps"))
        let options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site", runs: 1,
            warmup: 0)
        let summary = try SiteBuilder().build(options)
        #expect(summary.pages == 3)
        #expect(
            summary.examples.map(\.example.id).sorted() == [
                "mean-price", "nap-aio@tasks=1", "nap-aio@tasks=2", "nap-aio@tasks=4",
                "nap-aio@tasks=8", "readme-naps@tasks=1", "readme-naps@tasks=2",
                "readme-naps@tasks=4", "readme-naps@tasks=8", "readme-price",
            ])
        #expect(try folder.read("site/prices.html").contains("mean price: 10.33"))
        #expect(try folder.read("site/readme.html").contains("31.0"))
        let naps = try folder.read("site/naps.html")
        #expect(naps.contains("asyncio: the same naps, split between more tasks"))
        #expect(naps.contains("One task against eight"))
        #expect(summary.claims.map(\.id) == ["aio-splits"])
    }
}
