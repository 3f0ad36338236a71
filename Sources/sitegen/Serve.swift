import ArgumentParser
import Dispatch
import Foundation
import SitegenCore
import SitegenServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Preview the site on 127.0.0.1: rebuilt through the cache and reloaded in the browser on every save."
    )

    @Option(name: .long, help: "The folder of Markdown pages.")
    var content = "content"

    @Option(name: .long, help: "The port on 127.0.0.1 to serve on.")
    var port: UInt16 = 8000

    @Option(
        name: .long,
        help: "The execution cache folder (shared with `sitegen build`, so results are reused).")
    var cache = ".sitegen-cache"

    @Option(
        name: .long,
        help:
            "The folder the preview writes its site to (default: a folder in $TMPDIR named after the content folder; not your site/)."
    )
    var output: String?

    @Option(
        name: .long, help: "Measured runs per example (as `sitegen build`, so the cache is shared)."
    )
    var runs = 5

    @Option(name: .long, help: "Warm-up runs per example (as `sitegen build`).")
    var warmup = 1

    func run() throws {
        let options = BuildOptions(
            contentFolder: content,
            outputFolder: output ?? BuildOptions.previewFolder(content: content), runs: runs,
            warmup: warmup, cacheFolder: cache)
        do {
            try options.validate()
        } catch let error as SitegenError {
            throw ValidationError(error.description)
        }
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        // The configuration file is watched even before it exists: creating it rebuilds.
        let watched = [content, "sitegen.yml"]
        let server = PreviewServer(
            configuration: .init(build: options, port: port, watched: watched), builder: builder,
            log: { Diagnostics.progress($0) })
        let finished = DispatchSemaphore(value: 0)
        let stopped = StopSignal.install(server, finished: finished)
        let failure = FailureBox()
        Task.detached {
            do {
                try await server.run()
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let number = stopped.received {
            // Let the build in progress unwind (temporary folders removed, last site kept).
            let deadline = Date().addingTimeInterval(3)
            while server.isBuilding, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            throw ExitCode(128 + number)
        }
        if let error = failure.error as? SitegenError {
            Diagnostics.error(error)
            throw ExitCode.failure
        }
        if let error = failure.error { throw error }
    }
}

final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}

/// SIGINT or SIGTERM while serving: kill every example process, stop the server.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var number: Int32?
    private var sources: [DispatchSourceSignal] = []

    var received: Int32? { lock.withLock { number } }

    static func install(_ server: PreviewServer, finished: DispatchSemaphore) -> StopSignal {
        let stop = StopSignal()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let first = stop.lock.withLock { () -> Bool in
                    defer { stop.number = stop.number ?? number }
                    return stop.number == nil
                }
                ProcessGroupRegistry.shared.killAll(cancelling: true)
                guard first else { _exit(128 + number) }
                Diagnostics.progress("stopping (signal \(number)): examples killed, server closed")
                server.beginStopping()
                finished.signal()
            }
            source.resume()
            stop.sources.append(source)
        }
        return stop
    }
}
