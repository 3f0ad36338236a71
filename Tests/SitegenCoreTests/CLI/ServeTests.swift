import Foundation
import Testing

@testable import SitegenCore

/// `sitegen serve`, the built binary driven over HTTP on loopback.
@Suite("CLI: sitegen serve", .serialized)
struct ServeTests {
    static func page(_ prose: String, example: String = "print('hi')") -> String {
        "# Preview\n\n\(prose)\n\n```python run id=hi runs=1 warmup=0\n\(example)\n```\n\n"
            + "```sh run id=other runs=1 warmup=0\necho other\n```\n"
    }

    /// Polls `condition` every 50 ms for up to `seconds`.
    static func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    static func version(_ port: UInt16) -> Int? {
        guard let body = LoopbackHTTP.get(port: port, path: "/__sitegen/wait?since=-1")?.body,
            let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        else { return nil }
        return object["version"] as? Int
    }

    /// The local addresses (hex, as /proc/net/tcp and tcp6 print them) listening on `port`.
    static func listeningAddresses(_ port: UInt16) -> [String] {
        let suffix = ":" + String(format: "%04X", port)
        var addresses: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = (try? String(contentsOfFile: table, encoding: .utf8)) ?? ""
            for row in text.split(separator: "\n").dropFirst() {
                let fields = row.split(separator: " ")
                guard fields.count > 3, fields[1].hasSuffix(suffix), fields[3] == "0A" else {
                    continue
                }
                addresses.append(String(fields[1].dropLast(suffix.count)))
            }
        }
        return addresses
    }

    /// `serve --config` builds with that configuration (a language only it declares) and
    /// watches that file, not a `sitegen.yml` it does not use.
    @Test func servesWithTheConfigurationItIsGiven() throws {
        let fixture = try SiteFixture([
            "index.md": "# Preview\n\n```shout run id=loud runs=1 warmup=0\necho LOUD\n```\n"
        ])
        let config = fixture.root + "/preview.yml"
        try "languages:\n  shout:\n    extension: sh\n    command: [sh, \"{file}\"]\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        let port = LoopbackHTTP.freePort().port
        let (process, stderrPath) = try SitegenBinary.start(
            ["serve", "--content", fixture.content, "--config", config, "--port", "\(port)"],
            environment: fixture.environment(["TMPDIR": fixture.root]), folder: fixture.root)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        func stderr() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
        #expect(
            Self.eventually(30) {
                LoopbackHTTP.get(port: port, path: "/")?.body.contains("LOUD") == true
            }, "\(stderr())")
        #expect(stderr().contains("watching \(fixture.content), \(config)"), "\(stderr())")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
    }

    @Test func servesRebuildsOnEditKeepsTheLastGoodSiteAndStopsCleanly() throws {
        let fixture = try SiteFixture(["index.md": Self.page("First version of the prose.")])
        let port = LoopbackHTTP.freePort().port
        let (process, stderrPath) = try SitegenBinary.start(
            ["serve", "--content", fixture.content, "--port", "\(port)"],
            environment: fixture.environment(["TMPDIR": fixture.root]), folder: fixture.root)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        func stderr() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

        // The first build, then the page with the reload script (served pages only).
        #expect(
            Self.eventually(30) {
                LoopbackHTTP.get(port: port, path: "/")?.body.contains("First version") == true
            }, "\(stderr())")
        // Listening on 127.0.0.1 only: /proc/net/tcp lists its socket as 0100007F:PORT.
        #expect(Self.listeningAddresses(port) == ["0100007F"])
        let first = try #require(LoopbackHTTP.get(port: port, path: "/index.html"))
        #expect(first.status == 200)
        #expect(first.body.contains("/__sitegen/wait"))
        // The preview is written to $TMPDIR/sitegen-preview-HASH, never to site/.
        let preview = try #require(
            try FileManager.default.contentsOfDirectory(atPath: fixture.root).first {
                $0.hasPrefix("sitegen-preview-")
            })
        #expect(!FileManager.default.fileExists(atPath: fixture.root + "/site"))
        let onDisk = try String(
            contentsOfFile: fixture.root + "/\(preview)/index.html", encoding: .utf8)
        #expect(!onDisk.contains("<script"))
        #expect(LoopbackHTTP.get(port: port, path: "/../etc/passwd")?.status == 404)

        // A prose edit: the waiting page is answered, the new text is served, nothing re-ran.
        let version = try #require(Self.version(port))
        try Self.page("Second version of the prose.").write(
            toFile: fixture.content + "/index.md", atomically: true, encoding: .utf8)
        let answer = LoopbackHTTP.get(port: port, path: "/__sitegen/wait?since=\(version)")
        #expect(answer?.status == 200)
        #expect(
            Self.eventually(10) {
                LoopbackHTTP.get(port: port, path: "/")?.body.contains("Second version") == true
            }, "\(stderr())")
        // The log line follows the write of the site: wait for it too.
        #expect(Self.eventually(5) { stderr().contains("0 examples run, 2 from the cache") })

        // One example edited: it alone runs again.
        try Self.page("Second version of the prose.", example: "print('edited example')").write(
            toFile: fixture.content + "/index.md", atomically: true, encoding: .utf8)
        #expect(
            Self.eventually(10) {
                LoopbackHTTP.get(port: port, path: "/")?.body.contains("edited example") == true
            }, "\(stderr())")
        // The log line follows the write of the site: wait for it too.
        #expect(Self.eventually(5) { stderr().contains("1 examples run, 1 from the cache") })

        // A broken page: the error is reported, the last good site stays served.
        try "# Broken\n\n```python run id=hi timeout=soon\nprint(1)\n```\n".write(
            toFile: fixture.content + "/index.md", atomically: true, encoding: .utf8)
        #expect(
            Self.eventually(10) {
                LoopbackHTTP.get(port: port, path: "/__sitegen/wait?since=-1")?.body.contains(
                    "timeout must be a positive number") == true
            })
        #expect(LoopbackHTTP.get(port: port, path: "/")?.body.contains("Second version") == true)
        // The log line follows the write of the site: wait for it too.
        #expect(
            Self.eventually(5) {
                stderr().contains("error: index.md:3: timeout must be a positive number")
            })

        // Ctrl-C during a running example: it is killed, the server exits 130, nothing is left.
        try Self.page("Third.", example: "import time\ntime.sleep(30)").write(
            toFile: fixture.content + "/index.md", atomically: true, encoding: .utf8)
        #expect(
            Self.eventually(15) { fixture.survivors().contains { $0 != process.processIdentifier } }
        )
        #expect(
            LoopbackHTTP.get(port: port, path: "/__sitegen/wait?since=-1")?.body.contains(
                "\"running\"") == true)
        kill(process.processIdentifier, SIGINT)
        #expect(Self.eventually(5) { !process.isRunning }, "still running after SIGINT")
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(fixture.survivors().isEmpty)
        #expect(LoopbackHTTP.get(port: port, path: "/", timeout: 2) == nil)
    }

    @Test func aTakenPortIsNamedWithTheOptionToChangeIt() throws {
        let fixture = try SiteFixture(["index.md": "# Hi\n"])
        let (port, socket) = LoopbackHTTP.freePort(hold: true)
        defer { close(socket) }
        let run = try SitegenBinary.run(
            ["serve", "--content", fixture.content, "--port", "\(port)"],
            environment: fixture.environment(), folder: fixture.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("127.0.0.1:\(port): cannot serve on this port"))
        #expect(run.stderr.contains("--port"))
    }
}
