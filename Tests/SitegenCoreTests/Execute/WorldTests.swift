import Foundation
import Testing

@testable import SitegenCore

/// Examples that touch the world: stdin, files, the working folder, the content.
@Suite("Examples touching the world")
struct WorldTests {
    @Test func stdinIsAtEndOfFileAtOnce() throws {
        let code = """
            import time
            start = time.monotonic()
            try:
                input()
            except EOFError:
                print(f"EOF after {time.monotonic() - start:.3f}s")
            """
        let fixture = try SiteFixture([
            "index.md": "# In\n\n```python run id=stdin timeout=5\n\(code)\n```\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(outcome.page.contains("EOF after 0.0"))
    }

    @Test func writesLandInTheTemporaryFolderAndTheContentIsUntouched() throws {
        let code = """
            import os
            cwd = os.getcwd()
            print("cwd", cwd)
            with open("written.txt", "w") as f:
                f.write("hello")
            os.mkdir("made")
            os.chdir("made")
            with open("deeper.txt", "w") as f:
                f.write("deeper")
            os.chdir("..")
            print("files", sorted(os.listdir(".")))
            """
        let fixture = try SiteFixture([
            "index.md": "# World\n\n```python run id=writer\n\(code)\n```\n",
            "notes/other.md": "# Other\n",
        ])
        let before = try Self.fingerprint(fixture.content)
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        #expect(try Self.fingerprint(fixture.content) == before)
        let results = try #require(outcome.files["results.json"])
        let cwd = try #require(
            results.split(separator: "\n").first { $0.contains("\"text\" : \"cwd ") }
                .map { String($0.split(separator: "\"cwd ")[1].dropLast(1)) })
        #expect(!cwd.hasPrefix(fixture.content))
        #expect(cwd.hasPrefix(NSTemporaryDirectory()) || cwd.hasPrefix("/tmp"))
        #expect(results.contains("files ['example.py', 'made', 'written.txt']"))
        // The example's folder is removed after the run.
        #expect(!FileManager.default.fileExists(atPath: cwd))
    }

    /// Every path below `folder` with its size and contents' hash.
    static func fingerprint(_ folder: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: folder))
        for case let relative as String in walker {
            let data = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
            var hasher = Hasher()
            hasher.combine(data)
            result[relative] = hasher.finalize() ^ data.count
        }
        return result
    }
}
