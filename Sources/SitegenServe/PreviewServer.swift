import Foundation
import SitegenCore

/// `sitegen serve`: builds the site into a folder of its own, serves it on 127.0.0.1 only,
/// rebuilds through the execution cache when a watched file changes (a prose edit runs nothing,
/// an edited example runs alone), and tells the open pages to reload. A failed build shows in
/// the page and on stderr while the last good site stays served.
public final class PreviewServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        public var port: UInt16
        /// The content folder and configuration files: a change in any of them rebuilds.
        public var watched: [String]

        public init(build: BuildOptions, port: UInt16, watched: [String]) {
            self.build = build
            self.port = port
            self.watched = watched
        }
    }

    let configuration: Configuration
    private var builder: SiteBuilder
    private let log: @Sendable (String) -> Void
    /// Guards the fields below; signalled on every status change (the long polls wait on it).
    private let lock = NSCondition()
    private var status = PreviewStatus()
    private var hasSite: Bool
    private var stopping = false
    private var server: LoopbackServer?
    private var boundPort: UInt16?

    public init(
        configuration: Configuration, builder: SiteBuilder,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.configuration = configuration
        self.builder = builder
        // A rebuild decodes only the cache entries whose bytes changed since the last build.
        self.builder.decodedEntries = builder.decodedEntries ?? CacheEntryMemo()
        self.log = log
        // A site left by an earlier session is served until the first build replaces it.
        hasSite = FileManager.default.fileExists(
            atPath: configuration.build.outputFolder + "/index.html")
        let forward = builder.events
        self.builder.events = { [weak self] event in
            forward(event)
            self?.record(event)
        }
    }

    /// Where the preview is served: the port bound (the kernel's choice for `--port 0`).
    public var address: String {
        "127.0.0.1:\(lock.withLock { boundPort } ?? configuration.port)"
    }

    /// Serves until `stop()`; throws when the port cannot be bound.
    public func run() async throws {
        let server = try LoopbackServer(port: configuration.port)
        lock.withLock {
            self.server = server
            boundPort = server.port
        }
        log(
            "serving http://\(self.address)/ (Ctrl-C to stop); watching \(configuration.watched.joined(separator: ", "))"
        )
        let watcher = Thread { [self] in watchLoop() }
        watcher.name = "sitegen-watch"
        watcher.start()
        let log = self.log
        let port = server.port
        server.run(
            handle: { [self] request in
                request.path == LiveReload.waitPath ? wait(request) : serve(request)
            },
            refused: { host in
                log(
                    "refused a request for Host '\(host)': only 127.0.0.1:\(port) and localhost:\(port) are served (a page of another site cannot read the preview)"
                )
            })
    }

    /// Stops watching and serving; a build in progress unwinds (its examples are killed by the
    /// caller through `ProcessGroupRegistry`).
    public func stop() async {
        let server = lock.withLock { () -> LoopbackServer? in
            stopping = true
            lock.broadcast()
            return self.server
        }
        server?.stop()
    }

    /// Stops watching and answers waiting pages at once, without waiting for the server (the
    /// process is about to exit).
    public func beginStopping() {
        lock.withLock {
            stopping = true
            lock.broadcast()
        }
    }

    /// True while a build runs.
    public var isBuilding: Bool { lock.withLock { status.building } }

    // MARK: watching and building

    private var isStopping: Bool { lock.withLock { stopping } }

    private func watchLoop() {
        var watcher = ContentWatcher(roots: configuration.watched)
        rebuild()
        while !isStopping {
            Thread.sleep(forTimeInterval: watcher.interval)
            let changed = watcher.changes()
            if changed.isEmpty || isStopping { continue }
            // Editors save in several steps (write a temporary file, rename), within a few ms
            // of each other: let them finish.
            Thread.sleep(forTimeInterval: 0.01)
            _ = watcher.changes()
            let names = changed.prefix(3).map { Paths.name($0) }
            log(
                "changed: \(names.joined(separator: ", "))\(changed.count > 3 ? " and \(changed.count - 3) more" : ""); rebuilding"
            )
            rebuild()
        }
    }

    private func rebuild() {
        update {
            $0.building = true
            $0.running = nil
        }
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let summary = try builder.build(configuration.build)
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            let ran = summary.examples.count - summary.reused
            log(
                summary.upToDate
                    ? "up to date (\(milliseconds) ms)"
                    : "rebuilt in \(milliseconds) ms: \(summary.pages) pages, \(ran) examples run, \(summary.reused) from the cache"
            )
            lock.withLock { hasSite = true }
            update {
                $0.building = false
                $0.running = nil
                $0.error = nil
                if !summary.upToDate || $0.generation == 0 { $0.generation += 1 }
            }
        } catch {
            let failure =
                (error as? SitegenError)
                ?? SitegenError(
                    .write, "\(error)", hint: "see the message; fix and save to rebuild")
            log("error: \(failure.description)")
            log("the last good site stays served; fix the content and save to rebuild")
            update {
                $0.building = false
                $0.running = nil
                $0.error = PreviewError(failure)
            }
        }
    }

    private func record(_ event: BuildEvent) {
        switch event {
        case .planned: break
        case .exampleStarted(let index, let count, let id, let location, let runs):
            update { $0.running = "[\(index)/\(count)] \(id) (\(location)), \(runs) runs" }
        case .runFinished, .exampleFinished: break
        }
    }

    private func update(_ change: (inout PreviewStatus) -> Void) {
        lock.withLock {
            change(&status)
            status.version += 1
            lock.broadcast()
        }
    }

    private var snapshot: (status: PreviewStatus, hasSite: Bool) {
        lock.withLock { (status, hasSite) }
    }

    // MARK: HTTP

    /// Long poll: answers when the status changes from version `since`, or after 25 s.
    private func wait(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let since = Int(request.query["since"] ?? "") ?? -1
        let deadline = Date().addingTimeInterval(25)
        let current = lock.withLock { () -> PreviewStatus in
            // Woken by `update` the moment the status changes, not by polling.
            while status.version == since, !stopping, lock.wait(until: deadline) {}
            return status
        }
        let body = (try? JSONEncoder().encode(current)) ?? Data()
        return LoopbackServer.Response(
            status: 200,
            headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
            body: Array(body))
    }

    /// A regular file of the site, reached from the output folder's descriptor one component at
    /// a time without following any link; a folder serves its `index.html`.
    private func serve(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let (status, hasSite) = snapshot
        guard hasSite else {
            let page = status.error.map(PreviewPage.failed) ?? PreviewPage.building(status)
            return html(Array(page.utf8), generation: status.generation)
        }
        let missing = LoopbackServer.Response(
            status: 404, body: Array("\(request.path): not in the site\n".utf8))
        guard let relative = Self.relativePath(request.path),
            let file = SiteFile.read(relative, in: configuration.build.outputFolder)
        else { return missing }
        if file.path.hasSuffix(".html") {
            return html(file.bytes, generation: status.generation)
        }
        return LoopbackServer.Response(
            status: 200,
            headers: [
                ("Content-Type", Self.contentType(file.path)), ("Cache-Control", "no-store"),
            ],
            body: file.bytes)
    }

    private func html(_ bytes: [UInt8], generation: Int) -> LoopbackServer.Response {
        LoopbackServer.Response(
            status: 200,
            headers: [
                ("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
            ],
            body: LiveReload.inject(into: bytes, generation: generation))
    }

    /// `/a/b.html` → `a/b.html`, `/` → `index.html`; nil for a path that leaves the site.
    static func relativePath(_ path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        // A NUL would end the name at the C call: `/index.html%00.txt` is not a path of the site.
        if decoded.utf8.contains(0) { return nil }
        let parts = decoded.split(separator: "/")
        if parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) { return nil }
        return parts.isEmpty ? "index.html" : parts.joined(separator: "/")
    }

    static func contentType(_ path: String) -> String {
        switch Paths.fileExtension(path) {
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "json", "ipynb": return "application/json"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "js": return "text/javascript"
        default: return "text/plain; charset=utf-8"
        }
    }

}

func portError(_ port: UInt16, reason: String) -> SitegenError {
    SitegenError(
        .options, path: "127.0.0.1:\(port)", "cannot serve on this port (\(reason))",
        hint:
            "stop what uses it, or choose another port with --port N (e.g. --port \(port == 65535 ? 8000 : port + 1))"
    )
}
