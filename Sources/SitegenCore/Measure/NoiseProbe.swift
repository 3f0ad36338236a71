import Foundation

/// Reads what other tenants and the hardware did to the machine while a run measured: the
/// hypervisor's steal time and the CPUs' current frequency. Linux /proc and /sys; nil elsewhere.
enum NoiseProbe {
    /// `steal` of the aggregate `cpu` line of /proc/stat (the 8th number), in seconds: time a
    /// virtual CPU was runnable but the hypervisor ran someone else (proc(5)).
    static func stealSeconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return nil }
        return steal(fromCPULine: String(line))
    }

    /// The steal seconds of a `cpu  user nice system idle iowait irq softirq steal …` line.
    static func steal(fromCPULine line: String) -> Double? {
        let fields = line.split(separator: " ")
        guard fields.count > 8, let ticks = Double(fields[8]) else { return nil }
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Mean of `/sys/devices/system/cpu/cpu*/cpufreq/scaling_cur_freq` (kHz) in MHz; nil when
    /// cpufreq is not exposed (KVM guests usually do not expose it).
    static func cpuFrequencyMHz(root: String = "/sys/devices/system/cpu") -> Double? {
        let values = cpuFolders(root).compactMap { folder -> Double? in
            guard
                let text = try? String(
                    contentsOfFile: folder + "/cpufreq/scaling_cur_freq", encoding: .utf8)
            else { return nil }
            return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count) / 1000
    }

    /// Physical cores and hardware threads from `cpu*/topology/thread_siblings_list` and
    /// `core_id`/`physical_package_id`: (cores, threads); nil when the topology is not exposed.
    static func topology(root: String = "/sys/devices/system/cpu") -> (
        cores: Int, threads: Int
    )? {
        var cores: Set<String> = []
        var threads = 0
        for folder in cpuFolders(root) {
            let topology = folder + "/topology/"
            guard
                let siblings = try? String(
                    contentsOfFile: topology + "thread_siblings_list", encoding: .utf8)
            else { continue }
            let package =
                (try? String(contentsOfFile: topology + "physical_package_id", encoding: .utf8))
                ?? "0"
            // The siblings list names the core the same way from each of its threads.
            cores.insert(
                package.trimmingCharacters(in: .whitespacesAndNewlines) + "/"
                    + siblings.trimmingCharacters(in: .whitespacesAndNewlines))
            threads += 1
        }
        return threads > 0 ? (cores.count, threads) : nil
    }

    static func cpuFolders(_ root: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { name in
            name.hasPrefix("cpu") && name.dropFirst(3).allSatisfy(\.isNumber) && name.count > 3
        }.sorted().map { root + "/" + $0 }
    }
}
