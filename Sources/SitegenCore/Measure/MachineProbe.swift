import Foundation

/// Reads the facts of the machine that ran the examples.
public enum MachineProbe {
    public static func collect(interpreters: [Interpreter]) -> MachineInfo {
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
        }
        var versions: [String: String] = [:]
        for interpreter in interpreters {
            versions[interpreter.language] =
                interpreter.version.isEmpty
                ? interpreter.implementation
                : "\(interpreter.version) (\(interpreter.implementation))"
        }
        return MachineInfo(
            cores: ProcessInfo.processInfo.activeProcessorCount, os: osName(),
            kernel: "\(field(name.sysname)) \(field(name.release))",
            architecture: field(name.machine),
            interpreters: versions)
    }

    /// PRETTY_NAME from /etc/os-release, else the kernel's name.
    static func osName() -> String {
        if let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
                return String(line.dropFirst(12)).trimmingCharacters(
                    in: CharacterSet(charactersIn: "\""))
            }
        }
        return ProcessInfo.processInfo.operatingSystemVersionString
    }
}
