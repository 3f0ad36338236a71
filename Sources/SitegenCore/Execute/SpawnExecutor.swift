import CSitegenSys
import Foundation

/// Starts real processes: own process group, stdin at EOF, both pipes read concurrently with
/// `poll`, every chunk stamped on arrival, the group killed at the timeout or when the root exits.
struct SpawnExecutor: ProcessExecutor {
    /// Bytes of output kept per run by default (1 MiB, both streams together); the page says
    /// how much was cut beyond it. Documented in docs/failures.md.
    static let defaultCaptureLimit = 1 << 20

    /// Bytes kept per run; output beyond it is read and dropped, and the capture says so.
    var captureLimit: Int
    /// How long to keep reading after the root exited, for output still in the pipes.
    var drainGrace: Double

    init(captureLimit: Int = Self.defaultCaptureLimit, drainGrace: Double = 0.5) {
        self.captureLimit = captureLimit
        self.drainGrace = drainGrace
        Self.adoptOrphans
    }

    /// Makes sitegen the reaper of orphaned descendants (a grandchild that called `setsid`
    /// re-parents to us), so nothing an example starts can outlive the build unseen.
    private static let adoptOrphans: Void = { _ = sg_become_subreaper() }()

    func run(_ request: ProcessRequest, observer: (any ProcessObserver)?) throws
        -> ProcessCapture
    {
        let argv = [request.executable] + request.arguments
        let marker = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        var environment = request.environment
        environment[OrphanReaper.variable] = marker
        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var child = sg_child()
        let start = sg_monotonic_ns()
        let rc = CStringArray.with(argv) { argvPointer in
            CStringArray.with(envp) { envpPointer in
                // Tied: the root dies with sitegen, even when sitegen is SIGKILLed.
                sg_spawn_tied(
                    request.executable, argvPointer, envpPointer, request.workingDirectory, &child)
            }
        }
        guard rc == 0 else {
            throw SitegenError(
                .execute, path: request.executable,
                "could not start: \(String(cString: strerror(rc)))",
                hint: "check that the interpreter exists and is executable")
        }
        let pid = child.pid
        guard ProcessGroupRegistry.shared.insert(pid) else {
            close(child.stdout_fd)
            close(child.stderr_fd)
            var status = sg_status()
            _ = sg_wait(pid, 0, &status)
            throw SitegenError(.execute, "the build was interrupted", hint: "run sitegen again")
        }
        defer { ProcessGroupRegistry.shared.remove(pid) }

        var loop = CaptureLoop(
            pid: pid, start: start, stdoutFD: child.stdout_fd, stderrFD: child.stderr_fd,
            deadline: start + UInt64(max(request.timeout, 0) * 1e9), captureLimit: captureLimit,
            drainGrace: UInt64(drainGrace * 1e9), observer: observer, marker: marker)
        return loop.run()
    }
}

/// Builds a NULL-terminated `char *[]` for the duration of a call.
enum CStringArray {
    static func with<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
    )
        -> R
    {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
