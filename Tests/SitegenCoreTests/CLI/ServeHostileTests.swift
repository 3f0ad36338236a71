import Foundation
import Testing

@testable import SitegenCore

/// `sitegen serve` against what a web page the author has open, or a link planted in the site,
/// can do (issue 21): the built binary over loopback, every request bounded in time.
@Suite("CLI: sitegen serve refuses hostile requests", .serialized)
struct ServeHostileTests {
    /// Starts `sitegen serve --port 0` and returns the port it announces once the site is built.
    static func start(_ fixture: SiteFixture) throws -> (Process, UInt16, () -> String) {
        let (process, stderrPath) = try SitegenBinary.start(
            [
                "serve", "--content", fixture.content, "--output", fixture.output, "--port", "0",
            ], environment: fixture.environment(), folder: fixture.root)
        let stderr = { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
        var port: UInt16 = 0
        _ = ServeTests.eventually(30) {
            guard
                let range = stderr().range(
                    of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression)
            else { return false }
            port = UInt16(stderr()[range].dropFirst(17).dropLast()) ?? 0
            // Served once the first build is in (before, the preview shows a building page).
            return port != 0
                && request(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
                    .contains("Safe preview")
        }
        return (process, port, stderr)
    }

    static func request(_ port: UInt16, _ head: String) -> String {
        LoopbackHTTP.raw(port: port, Array(head.utf8)) ?? ""
    }

    @Test func announcesTheRealPortServesHeadAndNoLinkedFile() throws {
        let fixture = try SiteFixture(["index.md": "# Safe preview\n"])
        let (process, port, stderr) = try Self.start(fixture)
        defer { kill(process.processIdentifier, SIGKILL) }
        #expect(port != 0, "\(stderr())")
        #expect(!stderr().contains("127.0.0.1:0/"))

        let host = "Host: 127.0.0.1:\(port)\r\n"
        let get = Self.request(port, "GET / HTTP/1.1\r\n\(host)\r\n")
        #expect(get.hasPrefix("HTTP/1.1 200 "))
        #expect(get.contains("Safe preview"))
        let head = Self.request(port, "HEAD / HTTP/1.1\r\n\(host)\r\n")
        #expect(head.hasPrefix("HTTP/1.1 200 "))
        #expect(head.contains("Content-Length: "))
        #expect(!head.contains("Safe preview"), "HEAD has no body")

        // Links planted in the served folder, to a file and to a folder outside it.
        #expect(symlink("/etc/passwd", fixture.output + "/p.txt") == 0)
        #expect(symlink("/etc", fixture.output + "/etc") == 0)
        for path in [
            "/p.txt", "/etc/passwd", "/etc/", "/%2e%2e/%2e%2e/etc/passwd", "/index.html%00",
        ] {
            let answer = Self.request(port, "GET \(path) HTTP/1.1\r\n\(host)\r\n")
            #expect(answer.hasPrefix("HTTP/1.1 404 "), "\(path)")
            #expect(!answer.contains("root:"))
        }
        #expect(Self.request(port, "POST / HTTP/1.1\r\n\(host)\r\n").hasPrefix("HTTP/1.1 405 "))
    }

    @Test func answersOnlyLoopbackHostsAndRefusesHugeHeadsAtOnce() throws {
        let fixture = try SiteFixture(["index.md": "# Safe preview\n"])
        let (process, port, stderr) = try Self.start(fixture)
        defer { kill(process.processIdentifier, SIGKILL) }
        #expect(port != 0, "\(stderr())")

        for host in ["localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)"] {
            let answer = Self.request(port, "GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n")
            #expect(answer.hasPrefix("HTTP/1.1 200 "), "\(host)")
        }
        // DNS rebinding reaches the preview under the attacker's name; no Host, another port.
        for host in [
            "rebind.attacker.example:\(port)", "localhost:1", "127.0.0.1", "localhost.evil:\(port)",
        ] {
            let answer = Self.request(port, "GET /results.json HTTP/1.1\r\nHost: \(host)\r\n\r\n")
            #expect(answer.hasPrefix("HTTP/1.1 403 "), "\(host)")
            #expect(!answer.contains("schema"))
        }
        #expect(Self.request(port, "GET / HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 403 "))
        #expect(
            ServeTests.eventually(5) {
                stderr().contains("refused a request for Host 'rebind.attacker.example:\(port)'")
            })

        // Oversized request lines and header blocks: refused before parsing, in milliseconds.
        let host = "Host: 127.0.0.1:\(port)\r\n"
        let clock = ContinuousClock()
        for size in [8 << 10, 64 << 10, 1 << 20] {
            var answer = ""
            let line = clock.measure {
                answer = Self.request(
                    port, "GET /" + String(repeating: "a", count: size) + " HTTP/1.1\r\n\(host)\r\n"
                )
            }
            #expect(answer.hasPrefix("HTTP/1.1 414 "), "\(size)")
            var headers = ""
            let block = clock.measure {
                headers = Self.request(
                    port,
                    "GET / HTTP/1.1\r\n\(host)X-Big: " + String(repeating: "b", count: size)
                        + "\r\n\r\n")
            }
            #expect(headers.hasPrefix("HTTP/1.1 431 "), "\(size)")
            #expect(line < .seconds(2) && block < .seconds(2), "\(size): \(line), \(block)")
        }
        // Still serving.
        #expect(Self.request(port, "GET / HTTP/1.1\r\n\(host)\r\n").hasPrefix("HTTP/1.1 200 "))
    }
}
