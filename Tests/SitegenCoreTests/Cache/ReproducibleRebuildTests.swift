import Foundation
import Testing

@testable import SitegenCore

/// A rebuild from the cache, with real processes, writes the same bytes as the build that ran
/// the examples: no timestamp outside the machine card, which is the measuring build's.
@Suite struct ReproducibleRebuildTests {
    @Test func rebuildFromTheCacheIsByteIdentical() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "content/index.md",
            "# Home\n\n```python run id=py\nimport threading\nprint('a')\nthreading.Thread(target=print, args=('b',)).start()\n```\n\n```sh run id=sh\nprintf 'x\\ny\\n'; echo err >&2\n```\n"
        )
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONUNBUFFERED"] = nil
        environment["PYTHONDONTWRITEBYTECODE"] = nil
        let builder = SiteBuilder(environment: environment)
        func build(_ output: String) throws -> SiteBuilder.Summary {
            try builder.build(
                BuildOptions(
                    contentFolder: folder.path + "/content",
                    outputFolder: folder.path + "/" + output,
                    runs: 2, warmup: 0, cacheFolder: folder.path + "/cache"))
        }
        #expect(try build("first").reused == 0)
        #expect(try build("second").reused == 2)
        let first = CacheSite.files(in: folder.path + "/first")
        let page = String(decoding: first["index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("Measured on"))
        #expect(first.count > 2)
        #expect(first == CacheSite.files(in: folder.path + "/second"))
    }
}
