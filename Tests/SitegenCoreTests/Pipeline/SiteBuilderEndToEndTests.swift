import Foundation
import Testing

@testable import SitegenCore

/// Builds a small fixture site with real processes into a temporary folder.
@Suite struct SiteBuilderEndToEndTests {
    static let threads = """
        import threading, time

        def work(name):
            for i in range(3):
                time.sleep(0.02)
                print(f"{name}: {i}")

        t1 = threading.Thread(target=work, args=("Square",))
        t2 = threading.Thread(target=work, args=("Cube",))
        t1.start(); t2.start(); t1.join(); t2.join()
        print("Done")
        """

    static let processes = """
        import multiprocessing, time

        def work(name):
            for i in range(2):
                time.sleep(0.02)
                print(f"{name}: {i}")

        if __name__ == '__main__':
            ps = [multiprocessing.Process(target=work, args=(n,)) for n in ("P1", "P2")]
            for p in ps: p.start()
            for p in ps: p.join()
            print("Done")
        """

    func fixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(
            "content/index.md",
            "---\ntitle: Home\norder: 1\n---\n# Home\n\nSee [examples](examples.html).\n")
        try folder.write(
            "content/examples.md",
            "---\norder: 2\n---\n# Examples\n\n```python run id=threads\n\(Self.threads)\n```\n\n```python run id=procs\n\(Self.processes)\n```\n\n```python\nprint('not run')\n```\n"
        )
        return folder
    }

    /// The environment a user's shell has: no PYTHONUNBUFFERED, no PYTHONDONTWRITEBYTECODE.
    var userEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONUNBUFFERED"] = nil
        environment["PYTHONDONTWRITEBYTECODE"] = nil
        return environment
    }

    @Test func buildsPagesAndResultsWithEveryWorkerLine() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        let summary = try SiteBuilder(environment: userEnvironment).build(options)
        #expect(summary.pages == 2)

        let results =
            try JSONSerialization.jsonObject(with: Data(folder.read("site/results.json").utf8))
            as! [String: Any]
        #expect(results["schema"] as? Int == 4)
        #expect((results["generator"] as? String)?.hasPrefix("sitegen ") == true)
        let examples = results["examples"] as! [[String: Any]]
        #expect(examples.map { $0["id"] as! String } == ["threads", "procs"])
        for (example, expected) in zip(
            examples,
            [
                ["Square: 0", "Square: 1", "Square: 2", "Cube: 0", "Cube: 1", "Cube: 2", "Done"],
                ["P1: 0", "P1: 1", "P2: 0", "P2: 1", "Done"],
            ])
        {
            let lines = example["lines"] as! [[String: Any]]
            #expect(Set(lines.map { $0["text"] as! String }) == Set(expected))
            #expect(lines.last?["text"] as? String == "Done")
            #expect(lines.allSatisfy { ($0["t_s"] as? Double ?? -1) >= 0 })
            #expect((example["outcome"] as! [String: Any])["kind"] as? String == "exited")
            #expect((example["wall_s"] as! Double) > 0.04)
        }

        let page = try folder.read("site/examples.html")
        #expect(page.contains("Square: 2"))
        #expect(page.contains("P2: 1"))
        #expect(page.contains("<svg class=\"chart swimlane\""))
        #expect(page.contains(#"<span class="hl-str">'not run'</span>"#))
        #expect(page.contains("href=\"index.html\""))
        #expect(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let folder = try fixture()
        defer { folder.remove() }
        try folder.write("content/examples.md", "# Examples\n\n```sh run id=one\necho one\n```\n")
        let options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        try SiteBuilder(environment: userEnvironment).build(options)
        let before = try folder.read("site/examples.html")

        try folder.write(
            "content/examples.md", "# Examples\n\n```sh run id=one timeout=never\necho two\n```\n")
        #expect(throws: SitegenError.self) {
            try SiteBuilder(environment: userEnvironment).build(options)
        }
        #expect(try folder.read("site/examples.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers.filter { !$0.hasSuffix(".lock") }.sorted() == ["content", "site"])
    }

    @Test func theSiteIsReplacedWholeOnSuccess() throws {
        let folder = try fixture()
        defer { folder.remove() }
        try folder.write("content/examples.md", "# Examples\n\n```sh run id=one\necho first\n```\n")
        let options = BuildOptions(
            contentFolder: folder.path + "/content", outputFolder: folder.path + "/site")
        try SiteBuilder(environment: userEnvironment).build(options)
        try folder.write("site/stale.html", "old")
        try folder.write(
            "content/examples.md", "# Examples\n\n```sh run id=one\necho second\n```\n")
        try SiteBuilder(environment: userEnvironment).build(options)
        #expect(try folder.read("site/examples.html").contains("second"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/site/stale.html"))
    }
}
