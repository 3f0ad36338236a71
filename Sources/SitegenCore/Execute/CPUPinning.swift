import Foundation

/// Runs an environment's examples on its CPU set (`cpus:` in `sitegen.yml`) through `taskset -c`,
/// which sets the affinity and execs the program: same pid, so wait4, the sampler and the
/// process group see the example itself; the exec adds about a millisecond to the wall time.
/// Children inherit the affinity, so multiprocessing workers stay on the set too.
enum CPUPinning {
    /// `taskset` from util-linux, where Debian and most distributions install it.
    static let taskset: String? = ["/usr/bin/taskset", "/bin/taskset", "/usr/local/bin/taskset"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `executable arguments…` run on `cpus`.
    static func wrap(_ command: (executable: String, arguments: [String]), cpus: CPUSet?)
        -> (executable: String, arguments: [String])
    {
        guard let cpus, let taskset else { return command }
        return (taskset, ["-c", cpus.description, command.executable] + command.arguments)
    }

    /// The CPUs this process may run on (`Cpus_allowed_list`), nil when unreadable.
    static func allowed() -> CPUSet? {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
            .flatMap {
                CPUSet(
                    $0.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(
                        in: .whitespaces))
            }
    }
}
