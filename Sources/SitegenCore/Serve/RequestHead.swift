import Foundation

/// The head of an HTTP/1.1 request (request line and headers), read under fixed bounds before
/// anything else looks at it: a request line over `maxRequestLine` bytes is refused with 414, a
/// head over `maxHead` with 431, so a page the author has open cannot make the preview spend
/// more than a few microseconds on one request. Parsing is one pass over at most `maxHead`
/// bytes.
public struct RequestHead: Sendable, Equatable {
    public var method: String
    /// The path and query as sent (`/a/b.html?x=1`).
    public var target: String
    /// The `Host` header, when there is exactly one.
    public var host: String?

    public static let maxRequestLine = 2048
    public static let maxHead = 8192

    /// What the bytes received so far amount to.
    public enum Reading: Sendable, Equatable {
        /// More bytes are needed (and may still come within the bounds).
        case incomplete
        case complete(RequestHead)
        /// Answer with this status and close: the reason goes into the body.
        case refused(status: Int, reason: String)
    }

    /// Reads `bytes`, the start of a connection.
    public static func read(_ bytes: [UInt8]) -> Reading {
        guard let lineEnd = firstLineEnd(bytes, from: 0) else {
            return bytes.count > maxRequestLine
                ? .refused(status: 414, reason: "request line longer than \(maxRequestLine) bytes")
                : bytes.count > maxHead
                    ? .refused(status: 431, reason: "head too large") : .incomplete
        }
        if lineEnd.start > maxRequestLine {
            return .refused(status: 414, reason: "request line longer than \(maxRequestLine) bytes")
        }
        var headers: [(name: String, value: String)] = []
        var position = lineEnd.next
        while true {
            guard let end = firstLineEnd(bytes, from: position) else {
                return bytes.count > maxHead
                    ? .refused(status: 431, reason: "request head longer than \(maxHead) bytes")
                    : .incomplete
            }
            if end.start > maxHead {
                return .refused(status: 431, reason: "request head longer than \(maxHead) bytes")
            }
            if end.start == position { break }
            let line = String(decoding: bytes[position..<end.start], as: UTF8.self)
            guard let colon = line.firstIndex(of: ":") else {
                return .refused(status: 400, reason: "a header line without ':'")
            }
            headers.append(
                (
                    String(line[..<colon]).lowercased(),
                    String(line[line.index(after: colon)...]).trimmingCharacters(
                        in: CharacterSet(charactersIn: " \t"))
                ))
            position = end.next
        }
        let parts = String(decoding: bytes[..<lineEnd.start], as: UTF8.self)
            .split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), !parts[0].isEmpty,
            parts[1].hasPrefix("/")
        else {
            return .refused(status: 400, reason: "not an HTTP/1.x request line")
        }
        let hosts = headers.filter { $0.name == "host" }.map(\.value)
        return .complete(
            RequestHead(
                method: String(parts[0]), target: String(parts[1]),
                host: hosts.count == 1 ? hosts[0] : nil))
    }

    /// True when `host` names this machine's loopback interface with the port served: a
    /// rebinding attack reaches the preview under its own domain name, which this refuses.
    public static func isLoopback(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let name: Substring
        let given: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            name = host[host.index(after: host.startIndex)..<close]
            let rest = host[host.index(after: close)...]
            given = rest.isEmpty ? nil : rest.hasPrefix(":") ? rest.dropFirst() : "invalid"
        } else if let colon = host.lastIndex(of: ":") {
            name = host[..<colon]
            given = host[host.index(after: colon)...]
        } else {
            name = Substring(host)
            given = nil
        }
        // Browsers leave out port 80 only.
        guard given.map({ UInt16($0) == port }) ?? (port == 80) else { return false }
        if name == "localhost" || name == "::1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127"
            && octets.allSatisfy { UInt8($0) != nil && !$0.isEmpty }
    }

    /// The end of the line starting at `from`: where its `\r\n` (or bare `\n`) starts and
    /// where the next line starts.
    private static func firstLineEnd(_ bytes: [UInt8], from: Int) -> (start: Int, next: Int)? {
        var index = from
        while index < bytes.count {
            if bytes[index] == 10 {
                let start = index > from && bytes[index - 1] == 13 ? index - 1 : index
                return (start, index + 1)
            }
            index += 1
        }
        return nil
    }
}
