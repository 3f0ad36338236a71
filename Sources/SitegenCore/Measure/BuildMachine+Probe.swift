import Foundation

extension BuildMachine {
    /// The cores this process may run on and the load before the build, read from `/proc`.
    ///
    /// `ProcessInfo.activeProcessorCount` ignores CPU affinity (it says 2 under `taskset -c 0`),
    /// so the cores come from `Cpus_allowed_list` in `/proc/self/status`, as `nproc` does.
    static func current() -> BuildMachine {
        let fallback = ProcessInfo.processInfo.activeProcessorCount
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let allowed = status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
            .flatMap { cpuCount(allowedList: String($0.dropFirst("Cpus_allowed_list:".count))) }
        let loadavg = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        let load = loadavg.split(separator: " ").first.flatMap { Double($0) } ?? 0
        return BuildMachine(availableCores: allowed ?? fallback, loadBefore: load)
    }

    /// `0-1,3` → 3; nil when the list cannot be read.
    static func cpuCount(allowedList: String) -> Int? {
        var count = 0
        for range in allowedList.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: ",")
        {
            let ends = range.split(separator: "-").map { Int($0) }
            switch ends.count {
            case 1:
                guard ends[0] != nil else { return nil }
                count += 1
            case 2:
                guard let low = ends[0], let high = ends[1], high >= low else { return nil }
                count += high - low + 1
            default: return nil
            }
        }
        return count > 0 ? count : nil
    }
}
