import Foundation
import SitegenCore

/// A small HTTP/1.1 server on 127.0.0.1 for the preview: one thread per connection (at most
/// `maxConnections`), one request per connection, the head read under `RequestHead`'s fixed
/// bounds and a deadline before anything parses it, `GET` and `HEAD` only. sitegen serves
/// files and a long poll, so it needs no more; owning these 200 lines is what makes the bounds
/// hold (FlyingFox 0.27's header parsing is quadratic: 64 KiB took over a minute of CPU).
final class LoopbackServer: @unchecked Sendable {
    struct Response {
        var status: Int
        var headers: [(String, String)] = []
        var body: [UInt8] = []
    }

    /// A request that passed the bounds and the `Host` check.
    struct Request {
        var method: String
        var path: String
        var query: [String: String]
    }

    static let maxConnections = 64
    /// How long a client has to send its whole head.
    static let headDeadline: Double = 10

    private let listener: Int32
    /// The port bound (the one the kernel chose for port 0).
    let port: UInt16
    private let slots = DispatchSemaphore(value: maxConnections)
    private let lock = NSLock()
    private var stopped = false

    /// Binds 127.0.0.1:`port`; fails naming the port when it is taken.
    init(port: UInt16) throws {
        let socket = Glibc.socket(
            AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw portError(port, reason: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socket, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw portError(port, reason: reason)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                getsockname(socket, $0, &length)
            }
        }
        listener = socket
        self.port = UInt16(bigEndian: address.sin_port)
    }

    /// Accepts connections until `stop()`, answering each with `handle` on its own thread;
    /// `refused` is told of every request answered 403 for its `Host`.
    func run(
        handle: @escaping @Sendable (Request) -> Response,
        refused: @escaping @Sendable (String) -> Void
    ) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if lock.withLock({ stopped }) { return }
                if errno == EMFILE || errno == ENFILE {
                    usleep(50_000)
                    continue
                }
                return
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            slots.wait()
            let thread = Thread { [self] in
                defer {
                    close(connection)
                    slots.signal()
                }
                serve(connection, handle: handle, refused: refused)
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(
        _ connection: Int32, handle: @Sendable (Request) -> Response,
        refused: @Sendable (String) -> Void
    ) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(Self.headDeadline * 1e9)
        var reading = RequestHead.Reading.incomplete
        while case .incomplete = reading {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else {
                return send(
                    connection, Response(status: 408, body: Array("request timeout\n".utf8)),
                    head: true)
            }
            var limit = timeval(tv_sec: 1, tv_usec: 0)
            setsockopt(
                connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            // Never more than one byte past the bound: the head is refused there.
            let room = min(buffer.count, RequestHead.maxHead + 1 - bytes.count)
            let count = recv(connection, &buffer, room, 0)
            if count < 0, errno == EAGAIN || errno == EINTR { continue }
            guard count > 0 else { return }
            bytes += buffer[..<count]
            // Looked at again only when a line may have ended, or at the bound.
            if buffer[..<count].contains(10) || bytes.count > RequestHead.maxRequestLine {
                reading = RequestHead.read(bytes)
            }
        }
        switch reading {
        case .incomplete: return
        case .refused(let status, let reason):
            send(connection, Response(status: status, body: Array("\(reason)\n".utf8)), head: false)
        case .complete(let head):
            guard RequestHead.isLoopback(head.host, port: port) else {
                refused(head.host ?? "(none)")
                return send(
                    connection,
                    Response(
                        status: 403,
                        body: Array(
                            "only http://127.0.0.1:\(port)/ and http://localhost:\(port)/ are served\n"
                                .utf8)), head: false)
            }
            guard head.method == "GET" || head.method == "HEAD" else {
                return send(
                    connection,
                    Response(
                        status: 405, headers: [("Allow", "GET, HEAD")],
                        body: Array("method not allowed\n".utf8)),
                    head: false)
            }
            let parts = head.target.split(
                separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            var query: [String: String] = [:]
            if parts.count == 2 {
                for pair in parts[1].split(separator: "&") {
                    let field = pair.split(separator: "=", maxSplits: 1)
                    query[String(field[0])] = field.count == 2 ? String(field[1]) : ""
                }
            }
            let response = handle(
                Request(method: head.method, path: String(parts[0]), query: query))
            send(connection, response, head: head.method == "HEAD")
        }
    }

    private func send(_ connection: Int32, _ response: Response, head onlyHead: Bool) {
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var headers = response.headers
        if !headers.contains(where: { $0.0 == "Content-Type" }) {
            headers.append(("Content-Type", "text/plain; charset=utf-8"))
        }
        headers += [("Content-Length", "\(response.body.count)"), ("Connection", "close")]
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        var bytes = Array(text.utf8)
        if !onlyHead { bytes += response.body }
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(
                    connection, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
        shutdown(connection, Int32(SHUT_WR))
        // Read what the client still sends (briefly, boundedly) so closing does not reset the
        // connection before it has read the answer.
        var limit = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(
            connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var drained = 0
        var buffer = [UInt8](repeating: 0, count: 16384)
        while drained < 1 << 18 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            drained += count
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 414: return "URI Too Long"
        case 431: return "Request Header Fields Too Large"
        default: return "Status"
        }
    }
}
