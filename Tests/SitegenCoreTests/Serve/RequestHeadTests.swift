import Testing

@testable import SitegenCore

@Suite("Serve: RequestHead")
struct RequestHeadTests {
    private func read(_ text: String) -> RequestHead.Reading { RequestHead.read(Array(text.utf8)) }

    @Test func readsTheRequestLineAndTheOneHost() {
        #expect(
            read("GET /a.html?x=1 HTTP/1.1\r\nHost: localhost:8000\r\nAccept: */*\r\n\r\n")
                == .complete(
                    RequestHead(method: "GET", target: "/a.html?x=1", host: "localhost:8000")))
        #expect(read("GET / HTTP/1.1\r\nHost: a\r\n") == .incomplete)
        #expect(
            read("GET / HTTP/1.1\r\nHost: a:1\r\nHost: b:1\r\n\r\n")
                == .complete(RequestHead(method: "GET", target: "/", host: nil)))
        #expect(
            read("GET http://x/ HTTP/1.1\r\n\r\n")
                == .refused(status: 400, reason: "not an HTTP/1.x request line"))
    }

    @Test func refusesOversizedLinesAndHeadsWithoutWaitingForTheirEnd() {
        let long = "GET /" + String(repeating: "a", count: RequestHead.maxRequestLine)
        guard case .refused(414, _) = read(long) else {
            Issue.record("no 414")
            return
        }
        let head = "GET / HTTP/1.1\r\nX: " + String(repeating: "b", count: RequestHead.maxHead)
        guard case .refused(431, _) = read(head) else {
            Issue.record("no 431")
            return
        }
    }

    @Test func loopbackHostsOnlyWithThePortServed() {
        for host in [
            "localhost:8000", "LOCALHOST:8000", "127.0.0.1:8000", "127.1.2.3:8000", "[::1]:8000",
        ] {
            #expect(RequestHead.isLoopback(host, port: 8000), "\(host)")
        }
        for host in [
            "evil.example:8000", "localhost:8001", "localhost", "127.0.0.1.evil:8000",
            "localhost.evil:8000", "[::1]", "127.0.0.256:8000", "", "0.0.0.0:8000",
        ] {
            #expect(!RequestHead.isLoopback(host, port: 8000), "\(host)")
        }
        #expect(!RequestHead.isLoopback(nil, port: 8000))
        #expect(RequestHead.isLoopback("localhost", port: 80))
    }
}
