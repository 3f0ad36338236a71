import Foundation

/// Samples an example's process tree from /proc on the capture loop's interval: children of every
/// task, per-thread CPU from `schedstat` (ns), per-process RSS from `statm`.
public final class TreeSampler: ProcessObserver {
    public let interval: Double
    private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Latest CPU ns per thread id, kept after the thread exits so its CPU is not lost.
    private var cpuByThread: [Int32: UInt64] = [:]
    private var threadsByProcess: [Int32: Set<Int32>] = [:]
    private var processes: [Int32: TreeTrace.Process] = [:]
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

    public init(interval: Double = 0.01) {
        self.interval = interval
    }

    public func observe(rootPID: Int32, elapsed: Double) {
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
            var record =
                processes[pid]
                ?? TreeTrace.Process(
                    pid: pid, cpuSeconds: 0, firstSeen: elapsed, lastSeen: elapsed,
                    peakRSSBytes: 0, threads: 0)
            for tid in tasks {
                let base = "/proc/\(pid)/task/\(tid)/"
                if let schedstat = read(base + "schedstat"), let ns = Self.field(schedstat, 0) {
                    cpuByThread[tid] = max(cpuByThread[tid] ?? 0, UInt64(ns))
                    threadsByProcess[pid, default: []].insert(tid)
                }
                if let children = read(base + "children") {
                    for word in children.split(separator: " ") {
                        if let child = Int32(word) { stack.append(child) }
                    }
                }
            }
            let threads = threadsByProcess[pid] ?? []
            let cpuSeconds = Double(threads.reduce(0) { $0 + (cpuByThread[$1] ?? 0) }) / 1e9
            if span > 0, cpuSeconds - record.cpuSeconds >= 0.5 * span { busy += 1 }
            record.cpuSeconds = cpuSeconds
            record.lastSeen = elapsed
            record.peakRSSBytes = max(record.peakRSSBytes, processRSS)
            record.threads = threads.count
            processes[pid] = record
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
    public var trace: TreeTrace {
        TreeTrace(
            samples: samples,
            processes: processes.values.sorted { ($0.firstSeen, $0.pid) < ($1.firstSeen, $1.pid) },
            cpuSeconds: Double(cpuByThread.values.reduce(0, +)) / 1e9, peakPSSBytes: peakPSS)
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
