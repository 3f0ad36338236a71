import Foundation
import Testing

@testable import SitegenCore

/// Floods of output: kept up to the capture cap, the page says what was cut, memory stays bounded.
@Suite("Output floods")
struct OutputFloodTests {
    @Test func hundredMegabytesAreCutAtTheCap() throws {
        let code = "yes 'a line of flooding output' | head -c 104857600"
        let fixture = try SiteFixture(["index.md": "# Flood\n\n```sh run id=flood\n\(code)\n```\n"])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        let cap = SpawnExecutor.defaultCaptureLimit
        #expect(cap == 1 << 20)
        let says = outcome.page.contains(
            "Output was cut at the capture limit of 1048576 bytes (1.0 MiB) per example: kept the first 1048576 bytes (1.0 MiB) of 104857600 bytes (100.0 MiB) read"
        )
        #expect(says)
        // 26-byte lines, the last one cut short.
        let lines = (cap + 25) / 26
        let hidden = outcome.page.contains(
            "The table and the timeline show the first 1000 of \(lines) lines")
        #expect(hidden)
        #expect(outcome.files["results.json"]?.contains("\"output_bytes\" : 104857600") == true)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let maxRSS = Int(usage.ru_maxrss) * 1024
        #expect(maxRSS < 200 << 20, "test process max RSS \(maxRSS >> 20) MiB")
    }

    @Test func aOneMegabyteLineIsKeptWhole() throws {
        let code = "import sys\nsys.stdout.write('z' * 1_000_000 + '\\n')"
        let fixture = try SiteFixture([
            "index.md": "# Line\n\n```python run id=wide\n\(code)\n```\n"
        ])
        let outcome = fixture.build()
        #expect(outcome.error == nil)
        let whole = outcome.page.contains(String(repeating: "z", count: 1_000_000))
        let cut = outcome.page.contains("Output was cut")
        #expect(whole && !cut)
    }

    @Test func aSmallerCapCutsMidLine() throws {
        let code = "printf '0123456789%.0s' $(seq 100)"
        let fixture = try SiteFixture(["index.md": "# Cap\n\n```sh run id=cap\n\(code)\n```\n"])
        let outcome = fixture.build(executor: SpawnExecutor(captureLimit: 25))
        #expect(outcome.error == nil)
        #expect(
            outcome.page.contains(
                "kept the first 25 bytes of 1000 bytes read; the last 975 bytes are not shown"))
        #expect(outcome.page.contains("0123456789012345678901234<"))
    }
}
