import CSitegenSys
import Foundation

/// The poll loop of one run: reads both pipes, watches the root's pidfd, enforces the timeout,
/// calls the observer on its interval, then reaps the root and any adopted orphans.
struct CaptureLoop {
    let pid: Int32
    let start: UInt64
    let stdoutFD: Int32
    let stderrFD: Int32
    let deadline: UInt64
    let captureLimit: Int
    let drainGrace: UInt64
    let observer: (any ProcessObserver)?
    let marker: String

    private var chunks: [OutputChunk] = []
    private var capturedBytes = 0
    private var totalBytes = 0
    private var truncated = false
    private var survivors: [RunSurvivor] = []

    init(
        pid: Int32, start: UInt64, stdoutFD: Int32, stderrFD: Int32, deadline: UInt64,
        captureLimit: Int, drainGrace: UInt64, observer: (any ProcessObserver)?, marker: String
    ) {
        self.marker = marker
        self.pid = pid
        self.start = start
        self.stdoutFD = stdoutFD
        self.stderrFD = stderrFD
        self.deadline = deadline
        self.captureLimit = captureLimit
        self.drainGrace = drainGrace
        self.observer = observer
    }

    mutating func run() -> ProcessCapture {
        var stdoutFD = self.stdoutFD
        var stderrFD = self.stderrFD
        _ = sg_set_nonblocking(stdoutFD)
        _ = sg_set_nonblocking(stderrFD)
        var pidFD = sg_pidfd_open(pid)
        let interval = observer.map { UInt64($0.interval * 1e9) }
        var nextObservation = start
        var status: sg_status?
        var exitTime: UInt64 = 0
        var timedOut = false
        var buffer = [UInt8](repeating: 0, count: 65536)

        while true {
            let now = sg_monotonic_ns()
            if status == nil, let interval, now >= nextObservation {
                observer?.observe(rootPID: pid, elapsed: Double(now - start) / 1e9)
                nextObservation = max(nextObservation + interval, now + interval / 2)
            }
            if status == nil && now >= deadline {
                if !timedOut {
                    // Who was still running, for the page, then the whole tree goes.
                    survivors = GroupCensus.members(group: pid, marker: marker)
                    for survivor in survivors where survivor.pid != pid {
                        kill(survivor.pid, SIGKILL)
                    }
                }
                timedOut = true
                kill(-pid, SIGKILL)
            }
            if status == nil, observer != nil, Self.hasExited(pid) {
                // A zombie root still shows its final CPU in /proc: sample it before reaping.
                observer?.observe(rootPID: pid, elapsed: Double(sg_monotonic_ns() - start) / 1e9)
            }
            if status == nil {
                var waited = sg_status()
                if sg_wait(pid, 1, &waited) == 0, waited.done != 0 {
                    status = waited
                    exitTime = sg_monotonic_ns()
                    observer?.observe(rootPID: pid, elapsed: Double(exitTime - start) / 1e9)
                    // Nothing the example started may outlive it.
                    kill(-pid, SIGKILL)
                    if pidFD >= 0 {
                        close(pidFD)
                        pidFD = -1
                    }
                }
            }
            if stdoutFD < 0 && stderrFD < 0 && status != nil { break }
            if status != nil && sg_monotonic_ns() >= exitTime + drainGrace { break }

            var wake = status == nil ? deadline : exitTime + drainGrace
            if status == nil, interval != nil { wake = min(wake, nextObservation) }
            if status == nil && pidFD < 0 { wake = min(wake, now + 10_000_000) }
            let timeoutMS = Int32(clamping: (wake > now ? (wake - now + 999_999) / 1_000_000 : 0))
            var fds = [
                pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: pidFD, events: Int16(POLLIN), revents: 0),
            ]
            _ = poll(&fds, 3, timeoutMS)
            if fds[0].revents != 0 { drain(&stdoutFD, .stdout, &buffer) }
            if fds[1].revents != 0 { drain(&stderrFD, .stderr, &buffer) }
        }
        if stdoutFD >= 0 { close(stdoutFD) }
        if stderrFD >= 0 { close(stderrFD) }
        if pidFD >= 0 { close(pidFD) }
        if status == nil {
            var waited = sg_status()
            _ = sg_wait(pid, 0, &waited)
            status = waited
            exitTime = sg_monotonic_ns()
        }
        OrphanReaper.reap(marker: marker)

        let final = status!
        let outcome: RunOutcome =
            timedOut
            ? .timedOut
            : final.exited != 0 ? .exited(code: final.code) : .signaled(signal: final.code)
        let usage = final.usage
        return ProcessCapture(
            outcome: outcome,
            wallSeconds: Double(exitTime - start) / 1e9,
            userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6,
            maxRSSBytes: Int(usage.ru_maxrss) * 1024,
            chunks: chunks,
            truncated: truncated, totalBytes: totalBytes, captureLimit: captureLimit,
            survivors: survivors, spawnedAt: start,
            involuntarySwitches: Int(usage.ru_nivcsw))
    }

    /// True when `pid` has exited but is not reaped yet (waitid with WNOWAIT leaves it a zombie).
    private static func hasExited(_ pid: Int32) -> Bool {
        var info = siginfo_t()
        let flags = WEXITED | WNOHANG | Int32(WNOWAIT)
        return waitid(P_PID, id_t(pid), &info, flags) == 0 && info._sifields._sigchld.si_pid == pid
    }

    /// Reads everything available on `fd`; closes it (and sets it to -1) at end of file.
    private mutating func drain(_ fd: inout Int32, _ stream: OutputStream, _ buffer: inout [UInt8])
    {
        while fd >= 0 {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                totalBytes += count
                let room = captureLimit - capturedBytes
                if room <= 0 {
                    truncated = true
                    continue
                }
                let time = Double(sg_monotonic_ns() - start) / 1e9
                let kept = min(count, room)
                if kept < count { truncated = true }
                chunks.append(
                    OutputChunk(time: time, stream: stream, bytes: Array(buffer[0..<kept])))
                capturedBytes += kept
            } else if count == 0 {
                close(fd)
                fd = -1
            } else {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK {
                    close(fd)
                    fd = -1
                }
                return
            }
        }
    }
}
