import ArgumentParser
import Dispatch
import Foundation
import SitegenCore
import SitegenServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Preview the site on 127.0.0.1: rebuilt through the cache and reloaded in the browser on every save."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The port on 127.0.0.1 to serve on (0: a free one, announced).")
    var port: UInt16 = 8000

    @Option(
        name: .long,
        help:
            "The folder the preview writes its site to (default: a folder in $TMPDIR named after the content folder; not your site/)."
    )
    var output: String?

    @OptionGroup var measuring: RunOptions
    @OptionGroup var noExec: NoExecOption

    /// `build`'s options, into a preview folder of its own: the cache and the run options are
    /// shared with `sitegen build`, so the two reuse each other's results.
    var options: BuildOptions {
        var options = BuildOptions(
            outputFolder: output ?? BuildOptions.previewFolder(content: site.content))
        site.apply(to: &options)
        measuring.apply(to: &options)
        options.noExec = noExec.noExec
        return options
    }

    func validate() throws {
        // --port 0 is the kernel's choice of a free port; the server announces the one bound.
        try options.validateArguments()
    }

    func run() throws {
        let options = self.options
        var builder = SiteBuilder(progress: { Diagnostics.progress($0) })
        let bar = ProgressBar.forStandardError()
        builder.events = { bar?.handle($0) }
        let watched = [site.content, site.configFile]
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
