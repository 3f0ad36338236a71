import Foundation

/// Looks for processes in /proc by a string in their environment, the way a test proves that
/// nothing an example started is still running.
enum ProcScan {
    /// Pids of live (non-zombie) processes whose environment holds `entry` (`NAME=value`).
    static func processes(withEnvironment entry: String) -> [Int32] {
        let needle = Data(entry.utf8) + Data([0])
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> Int32? in
            guard let pid = Int32(name), pid != me, !isZombie(pid),
                let environ = FileManager.default.contents(atPath: "/proc/\(name)/environ")
            else { return nil }
            return (Data([0]) + environ).range(of: Data([0]) + needle) == nil ? nil : pid
        }
    }

    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }

    /// Waits up to `seconds` for `condition`, checking every 20 ms.
    static func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
