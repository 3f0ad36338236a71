import Foundation

/// Lists the processes of one example's tree from /proc: its process group, plus any process
/// carrying the run's marker (those that left the group with `setsid`).
enum GroupCensus {
    static func members(group: Int32, marker: String) -> [RunSurvivor] {
        #if os(Linux)
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
                return []
            }
            var found: [RunSurvivor] = []
            let carriers = Set(OrphanReaper.processes(carrying: OrphanReaper.needle(marker)))
            for entry in entries {
                guard let pid = Int32(entry), let stat = status(of: pid) else { continue }
                guard stat.group == group || carriers.contains(pid) else { continue }
                found.append(
                    RunSurvivor(
                        pid: pid, parentPID: stat.parent, command: command(of: pid),
                        isRoot: pid == group))
            }
            return found.sorted { $0.pid < $1.pid }
        #else
            return []
        #endif
    }

    /// Parent pid and process group from `/proc/PID/stat` (fields 4 and 5, after the `(comm)`).
    private static func status(of pid: Int32) -> (parent: Int32, group: Int32)? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
            let text = String(data: data, encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields: state, ppid, pgrp, …; a zombie has already ended.
        guard fields.count > 2, fields[0] != "Z", let parent = Int32(fields[1]),
            let group = Int32(fields[2])
        else { return nil }
        return (parent, group)
    }

    /// One process as a survivor: its parent and command line (an empty command once it ended).
    static func describe(_ pid: Int32) -> RunSurvivor {
        RunSurvivor(pid: pid, parentPID: status(of: pid)?.parent ?? 0, command: command(of: pid))
    }

    private static func command(of pid: Int32) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
            return ""
        }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let line = words.joined(separator: " ")
        return line.count > 160 ? String(line.prefix(159)) + "…" : line
    }
}
