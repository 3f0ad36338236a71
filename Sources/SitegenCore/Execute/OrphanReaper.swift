import CSitegenSys
import Foundation

/// Finds every process that still carries a run's marker in its environment and kills it:
/// descendants that escaped the example's process group (`setsid`, double fork). Those that
/// re-parented to sitegen (its subreaper role) are also reaped here.
enum OrphanReaper {
    /// The environment variable every example process inherits.
    static let variable = "SITEGEN_RUN_MARKER"
    /// The environment variable naming the output (and cache) of the build that started a
    /// process (`WorkFolder.scope`), so the next build into that output can find what a killed
    /// build left running.
    static let scopeVariable = "SITEGEN_BUILD_SCOPE"

    /// Kills every process left running by an earlier build of the same output and cache, which
    /// can only be a build that was killed (SIGKILL) or crashed: the caller holds that output's
    /// lock, so no build of it is running. Returns the processes it ended.
    static func reapLeftovers(scope: String) -> [RunSurvivor] {
        #if os(Linux)
            let needle = Array("\(scopeVariable)=\(scope)".utf8) + [0]
            var ended: [RunSurvivor] = []
            for _ in 0..<20 {
                let found = processes(carrying: needle)
                if found.isEmpty { break }
                for pid in found {
                    if !ended.contains(where: { $0.pid == pid }) {
                        ended.append(GroupCensus.describe(pid))
                    }
                    kill(pid, SIGKILL)
                }
                for pid in found {
                    var status = sg_status()
                    _ = sg_wait(pid, 0, &status)  // ECHILD when it is not ours to reap
                }
                usleep(1000)
            }
            return ended
        #else
            return []
        #endif
    }

    static func reap(marker: String) {
        #if os(Linux)
            let needle = needle(marker)
            for _ in 0..<20 {
                let found = processes(carrying: needle)
                if found.isEmpty { return }
                for pid in found {
                    kill(pid, SIGKILL)
                }
                for pid in found {
                    var status = sg_status()
                    _ = sg_wait(pid, 0, &status)  // ECHILD when it is not ours to reap
                }
            }
        #endif
    }

    /// The bytes `VARIABLE=marker\0` as they appear in `/proc/PID/environ`.
    static func needle(_ marker: String) -> [UInt8] { Array("\(variable)=\(marker)".utf8) + [0] }

    static func processes(carrying needle: [UInt8]) -> [Int32] {
        let me = getpid()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
            return []
        }
        var pids: [Int32] = []
        for entry in entries {
            guard let pid = Int32(entry), pid != me,
                let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ")
            else { continue }
            if carries(environ, needle) { pids.append(pid) }
        }
        return pids
    }

    /// True when `needle` is one whole `NAME=value\0` entry of `environ`: at its start, or
    /// right after another entry's NUL. Uses the shared `memchr`/`memcmp` byte search.
    private static func carries(_ environ: Data, _ needle: [UInt8]) -> Bool {
        if environ.starts(with: needle) { return true }
        let entry = String(decoding: [0] + needle, as: UTF8.self)
        return environ.withUnsafeBytes { raw in
            String.byteOffset(of: entry, in: raw.bindMemory(to: UInt8.self), from: 0) != nil
        }
    }
}
