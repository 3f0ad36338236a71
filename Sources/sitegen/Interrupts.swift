import Dispatch
import Foundation
import SitegenCore

/// SIGINT and SIGTERM during a build: kill the running examples, let the build unwind (temporary
/// folders removed, previous site kept), then exit 130 or 143. A second signal exits at once.
final class Interrupts: @unchecked Sendable {
    private let lock = NSLock()
    private var signalNumber: Int32?
    private var sources: [DispatchSourceSignal] = []

    /// The first signal received, if any.
    var received: Int32? { lock.withLock { signalNumber } }

    /// The handler this command installed, so the error printer can exit as a shell expects.
    nonisolated(unsafe) private static var installed: Interrupts?
    /// The first signal the command received, if it installed the handler.
    static var received: Int32? { installed?.received }

    static func install() -> Interrupts {
        let interrupts = Interrupts()
        installed = interrupts
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interrupts.handle(number) }
            source.resume()
            interrupts.sources.append(source)
        }
        return interrupts
    }

    private func handle(_ number: Int32) {
        let first = lock.withLock { () -> Bool in
            if signalNumber != nil { return false }
            signalNumber = number
            return true
        }
        ProcessGroupRegistry.shared.killAll(cancelling: true)
        if first {
            Diagnostics.progress(
                "interrupted (signal \(number)): stopping the examples and cleaning up")
        } else {
            _exit(128 + number)
        }
    }
}
