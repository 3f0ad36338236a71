import Foundation

@testable import SitegenCore

/// A fake executor that records every request: a Python launcher's probes get answers naming
/// `python` as the interpreter, everything else prints `hello`.
final class CountingExecutor: ProcessExecutor, @unchecked Sendable {
    let python: String
    private let lock = NSLock()
    private var requests: [ProcessRequest] = []

    init(python: String) { self.python = python }

    var count: Int { lock.withLock { requests.count } }
    /// Requests that ran an example (not a probe).
    var exampleRuns: Int { lock.withLock { requests.filter { $0.arguments.first != "-c" }.count } }

    func reset() { lock.withLock { requests = [] } }

    func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws -> ProcessCapture {
        lock.withLock { requests.append(request) }
        let text: String
        if request.arguments.first == "-c", request.arguments[1].contains("sys.executable") {
            text = "\(python)\n3.99.1\nCPython"
        } else if request.arguments.first == "-c" {
            text = "on\nfork\nno\n2"
        } else {
            text = "hello"
        }
        let lines = text.split(separator: "\n").enumerated().map {
            (
                time: 0.001 * Double($0.offset + 1), stream: OutputStream.stdout,
                text: String($0.element)
            )
        }
        return ScriptedExecutor.capture(lines: lines, wall: 0.0123456789)
    }
}
