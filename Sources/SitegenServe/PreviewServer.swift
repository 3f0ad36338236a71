import FlyingFox
import FlyingSocks
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
    private let lock = NSLock()
    private var status = PreviewStatus()
    private var hasSite: Bool
    private var stopping = false
    private var server: HTTPServer?

    public init(
        configuration: Configuration, builder: SiteBuilder,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.configuration = configuration
        self.builder = builder
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

    public var address: String { "127.0.0.1:\(configuration.port)" }

    /// Serves until `stop()`; throws when the port cannot be bound.
    public func run() async throws {
        try Self.checkPortIsFree(configuration.port)
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: configuration.port)
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        await server.appendRoute(HTTPRoute("GET \(LiveReload.waitPath)")) { [self] request in
            try await wait(request)
        }
        await server.appendRoute("GET *") { [self] request in serve(request) }
        lock.withLock { self.server = server }
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            serving.cancel()
            throw portError(configuration.port, reason: "\(error)")
        }
        log(
            "serving http://\(self.address)/ (Ctrl-C to stop); watching \(configuration.watched.joined(separator: ", "))"
        )
        let watcher = Thread { [self] in watchLoop() }
        watcher.name = "sitegen-watch"
        watcher.start()
        try await serving.value
    }

    /// Stops watching and serving; a build in progress unwinds (its examples are killed by the
    /// caller through `ProcessGroupRegistry`).
    public func stop() async {
        let server = lock.withLock { () -> HTTPServer? in
            stopping = true
            return self.server
        }
        await server?.stop(timeout: 0)
    }

    /// Stops watching and answers waiting pages at once, without waiting for the server (the
    /// process is about to exit).
    public func beginStopping() {
        lock.withLock { stopping = true }
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
            // Editors save in several steps (write a temporary file, rename): let them finish.
            Thread.sleep(forTimeInterval: 0.02)
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
        }
    }

    private var snapshot: (status: PreviewStatus, hasSite: Bool) {
        lock.withLock { (status, hasSite) }
    }

    // MARK: HTTP

    /// Long poll: answers when the status changes from version `since`, or after 25 s.
    private func wait(_ request: HTTPRequest) async throws -> HTTPResponse {
        let since = Int(request.query["since"] ?? "") ?? -1
        let deadline = DispatchTime.now().uptimeNanoseconds + 25_000_000_000
        while snapshot.status.version == since, !isStopping,
            DispatchTime.now().uptimeNanoseconds < deadline
        {
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        let body = try JSONEncoder().encode(snapshot.status)
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "application/json", .cacheControl: "no-store"], body: body)
    }

    private func serve(_ request: HTTPRequest) -> HTTPResponse {
        let (status, hasSite) = snapshot
        guard hasSite else {
            let page = status.error.map(PreviewPage.failed) ?? PreviewPage.building(status)
            return html(Array(page.utf8), generation: status.generation, code: .ok)
        }
        guard let relative = Self.relativePath(request.path) else {
            return HTTPResponse(statusCode: .notFound, body: Data("not found\n".utf8))
        }
        var path = configuration.build.outputFolder + "/" + relative
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
        {
            path += "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return HTTPResponse(
                statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: Data("\(request.path): not in the site\n".utf8))
        }
        if path.hasSuffix(".html") {
            return html(Array(data), generation: status.generation, code: .ok)
        }
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: Self.contentType(path), .cacheControl: "no-store"], body: data)
    }

    private func html(_ bytes: [UInt8], generation: Int, code: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(
            statusCode: code,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: Data(LiveReload.inject(into: bytes, generation: generation)))
    }

    /// `/a/b.html` → `a/b.html`, `/` → `index.html`; nil for a path that leaves the site.
    static func relativePath(_ path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
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

    // MARK: the port

    /// Binds 127.0.0.1:port once to say clearly when it is taken, before the first build.
    static func checkPortIsFree(_ port: UInt16) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return }
        defer { close(socket) }
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
        if bound != 0 {
            throw portError(port, reason: String(cString: strerror(errno)))
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
