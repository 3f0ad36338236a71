import Foundation

/// Samples an example's process tree from /proc on the capture loop's interval: children of every
/// task, per-thread CPU from `schedstat` (ns), per-process RSS from `statm`.
final class TreeSampler: ProcessObserver {
    let interval: Double
    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Latest CPU ns per thread id, kept after the thread exits so its CPU is not lost.
    private var cpuByThread: [Int32: UInt64] = [:]
    private var threadsByProcess: [Int32: Set<Int32>] = [:]
    private var processes: [Int32: TreeTrace.Process] = [:]
    /// Each thread's life as far as the samples saw it (for `WorkerTime`).
    private var lives: [Int32: ThreadLife] = [:]
    /// Parent of each process seen below the root.
    private var parents: [Int32: Int32] = [:]
    /// CLOCK_BOOTTIME seconds at the spawn: thread start times (`/proc/.../stat`) count from boot.
    private var spawnBootSeconds: Double?
    private let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    private var samples: [TreeTrace.Sample] = []
    private var previous: (time: Double, cpu: UInt64)?
    private var buffer = [UInt8](repeating: 0, count: 4096)
    /// Peak PSS of the tree, read from `smaps_rollup` only when the summed RSS grew by 1 % over
    /// the last read: a rollup walks the page tables, so reading it every 10 ms would cost CPU
    /// while the tree runs; its plateau is where the peak is.
    private var peakPSS: Int?
    private var rssAtLastPSSRead = 0
    /// Samples that read the rollups (for the cost: one rollup of a 100 MiB process takes
    /// ~2.6 ms against ~30 µs for its `statm`, measured on the 2-core build machine).
    private(set) var pssReads = 0

    init(interval: Double = 0.01) {
        self.interval = interval
    }

    func observe(rootPID: Int32, elapsed: Double) {
        if spawnBootSeconds == nil { spawnBootSeconds = Self.bootSeconds() - elapsed }
        root = rootPID
        var stack = [rootPID]
        var seen: Set<Int32> = []
        var rss = 0
        var alive = 0
        var busy = 0
        let span = previous.map { elapsed - $0.time } ?? 0
        while let pid = stack.popLast() {
            guard seen.insert(pid).inserted else { continue }
            let tasks = Self.listTasks(pid)
            if tasks.isEmpty { continue }
            alive += 1
            var processRSS = 0
            if let statm = read("/proc/\(pid)/statm") {
                processRSS = (Self.field(statm, 1) ?? 0) * pageSize
            }
            let record =
                processes[pid]
                ?? TreeTrace.Process(
                    pid: pid, cpuSeconds: 0, firstSeen: elapsed, lastSeen: elapsed,
                    peakRSSBytes: 0, threads: 0)
            for tid in tasks {
                let base = "/proc/\(pid)/task/\(tid)/"
                if let schedstat = read(base + "schedstat"), let ns = Self.field(schedstat, 0) {
                    cpuByThread[tid] = max(cpuByThread[tid] ?? 0, UInt64(ns))
                    threadsByProcess[pid, default: []].insert(tid)
                    let waited = UInt64(max(0, Self.field(schedstat, 1) ?? 0))
                    see(pid: pid, tid: tid, running: UInt64(ns), waiting: waited, at: elapsed)
                }
                if let children = read(base + "children") {
                    for word in children.split(separator: " ") {
                        if let child = Int32(word) {
                            stack.append(child)
                            parents[child] = pid
                        }
                    }
                }
            }
            let threads = threadsByProcess[pid] ?? []
            let cpuSeconds = Double(threads.reduce(0) { $0 + (cpuByThread[$1] ?? 0) }) / 1e9
            if span > 0, cpuSeconds - record.cpuSeconds >= 0.5 * span { busy += 1 }
            processes[pid] = TreeTrace.Process(
                pid: pid, cpuSeconds: cpuSeconds, firstSeen: record.firstSeen, lastSeen: elapsed,
                peakRSSBytes: max(record.peakRSSBytes, processRSS), threads: threads.count)
            rss += processRSS
        }
        if rss > 0, Double(rss) > Double(rssAtLastPSSRead) * 1.01 {
            rssAtLastPSSRead = rss
            pssReads += 1
            var pss = 0
            for pid in seen {
                if let rollup = read("/proc/\(pid)/smaps_rollup") { pss += Self.pssBytes(rollup) }
            }
            if pss > 0 { peakPSS = max(peakPSS ?? 0, pss) }
        }
        let cpu = cpuByThread.values.reduce(0, +)
        var cores = 0.0
        if let previous, elapsed > previous.time {
            cores = Double(cpu - previous.cpu) / 1e9 / (elapsed - previous.time)
        }
        previous = (elapsed, cpu)
        samples.append(
            TreeTrace.Sample(time: elapsed, cores: cores, rssBytes: rss, processes: alive))
    }

    /// The trace so far.
    var trace: TreeTrace {
        TreeTrace(
            samples: samples,
            processes: processes.values.sorted { ($0.firstSeen, $0.pid) < ($1.firstSeen, $1.pid) },
            cpuSeconds: Double(cpuByThread.values.reduce(0, +)) / 1e9, peakPSSBytes: peakPSS,
            workers: workers)
    }

    /// One thread as the samples saw it.
    private struct ThreadLife {
        var pid: Int32
        var tid: Int32
        var comm: String
        var start: Double
        var lastSeen: Double
        var running: UInt64
        var waiting: UInt64
    }

    private var root: Int32 = 0

    /// Records a reading of one thread; a new thread's start comes from its `stat` (10 ms ticks
    /// since boot), narrowed by its first reading: it cannot have started later than it has run
    /// and waited before this sample.
    private func see(pid: Int32, tid: Int32, running: UInt64, waiting: UInt64, at elapsed: Double) {
        if var life = lives[tid], life.pid == pid {
            life.lastSeen = elapsed
            life.running = max(life.running, running)
            life.waiting = max(life.waiting, waiting)
            lives[tid] = life
            return
        }
        let base = "/proc/\(pid)/task/\(tid)/"
        let busy = Double(running + waiting) / 1e9
        var start = max(0, elapsed - busy)
        if let stat = read(base + "stat"), let ticks = Self.startTicks(stat), let spawnBootSeconds {
            let earliest = Double(ticks) / ticksPerSecond - spawnBootSeconds
            start = max(earliest, min(earliest + 1 / ticksPerSecond, elapsed - busy))
        }
        let comm = read(base + "comm").map { String($0.prefix { $0 != "\n" }) } ?? ""
        lives[tid] = ThreadLife(
            pid: pid, tid: tid, comm: comm, start: start, lastSeen: elapsed, running: running,
            waiting: waiting)
    }

    /// Every thread seen, as the sampler measured it.
    var workers: [WorkerTime] {
        let seen = lives.values.sorted { ($0.start, $0.tid) < ($1.start, $1.tid) }.map { life in
            WorkerTime(
                pid: life.pid, tid: life.tid, thread: life.comm,
                process: lives[life.pid]?.comm ?? life.comm, parentPID: parents[life.pid],
                isRoot: life.pid == root, waitsForChildren: false, start: life.start,
                lifetimeNs: UInt64(max(0, life.lastSeen - life.start) * 1e9),
                runningNs: life.running, waitingNs: life.waiting, source: .sampler)
        }
        return WorkerTime.markingParents(seen)
    }

    /// Field 22 of `/proc/.../stat` (start time, clock ticks since boot), read after the last
    /// `)` so a name with spaces or parentheses cannot shift it.
    static func startTicks(_ stat: String) -> Int? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let words = stat[stat.index(after: close)...].split(separator: " ")
        return words.count > 19 ? Int(words[19]) : nil
    }

    /// CLOCK_BOOTTIME now, seconds.
    static func bootSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The `Pss:` line of a `smaps_rollup` (kB) in bytes; 0 when absent.
    static func pssBytes(_ rollup: String) -> Int {
        for line in rollup.split(separator: "\n") where line.hasPrefix("Pss:") {
            let words = line.split(separator: " ")
            if words.count >= 2, let kilobytes = Int(words[1]) { return kilobytes * 1024 }
        }
        return 0
    }

    /// Thread ids of `pid`, empty when it is gone.
    static func listTasks(_ pid: Int32) -> [Int32] {
        guard let dir = opendir("/proc/\(pid)/task") else { return [] }
        defer { closedir(dir) }
        var tids: [Int32] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if let tid = Int32(name) { tids.append(tid) }
        }
        return tids
    }

    /// The whole of a small /proc file, or nil when it cannot be read.
    private func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    /// The whitespace-separated field at `index` as a whole number.
    static func field(_ text: String, _ index: Int) -> Int? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return index < words.count ? Int(words[index]) : nil
    }
}
