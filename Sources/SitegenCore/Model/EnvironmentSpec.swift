import Foundation

/// One environment of `sitegen.yml`: where every example runs once more (an interpreter per
/// language, extra variables, a CPU set, a scale for the examples' work).
struct EnvironmentSpec: Sendable, Hashable, Codable {
    /// Letters, digits, `-`, `_`: names the environment in `results.json` and in anchors.
    let id: String
    /// For readers: "PyPy 3", "CPython, one core".
    let label: String
    /// The command per language that replaces the language's own first word (`python: pypy3`).
    let interpreters: [String: String]
    /// Extra environment variables of every example run (`env:`).
    let variables: [String: String]
    /// The CPUs the examples may run on (`cpus: "0"`, `"0-1"`); nil: all of the build's.
    let cpus: CPUSet?
    /// Parameters the examples read to scale their work: `WORK: 10` reaches them as
    /// `SITEGEN_SCALE_WORK=10`.
    let scale: [String: String]
    /// Only these examples run here (ids, or a sweep's base id for all its configurations), to
    /// keep a secondary environment's build time down; nil: every example of the site.
    let examples: [String]?
    /// Per language, the commands to try in order when `sitegen.yml` lists several
    /// (`python: [python3.14t, python3.13t, ~/.cache/…/python3.13t]`); the first that runs is
    /// the one `interpreters` then names. Empty when each language names one command.
    let candidates: [String: [String]]
    /// `optional: true`: when none of its interpreters can be found on this machine, the
    /// environment is shown as not available and runs nothing, instead of failing the build.
    let optional: Bool
    /// `description:`: a sentence for readers on why the environment is there ("the control:
    /// one core cannot run two workers at once"), shown in "Where these examples ran".
    let about: String?

    init(
        id: String, label: String, interpreters: [String: String] = [:],
        variables: [String: String] = [:], cpus: CPUSet? = nil, scale: [String: String] = [:],
        examples: [String]? = nil, candidates: [String: [String]] = [:], optional: Bool = false,
        about: String? = nil
    ) {
        self.id = id
        self.label = label
        self.interpreters = interpreters
        self.variables = variables
        self.cpus = cpus
        self.scale = scale
        self.examples = examples
        self.candidates = candidates
        self.optional = optional
        self.about = about
    }

    /// The same environment with each language's command as this machine runs it.
    func with(interpreters: [String: String]) -> EnvironmentSpec {
        EnvironmentSpec(
            id: id, label: label, interpreters: interpreters, variables: variables, cpus: cpus,
            scale: scale, examples: examples, candidates: candidates, optional: optional,
            about: about)
    }

    /// A site without `sitegen.yml`: one environment, each language's own command.
    static let `default` = EnvironmentSpec(id: "default", label: "Default")

    /// What the environment adds to an example's process environment.
    var processEnvironment: [String: String] {
        var environment = variables
        for (name, value) in scale { environment["SITEGEN_SCALE_" + name.uppercased()] = value }
        return environment
    }
}

/// A set of CPU numbers, as `taskset -c` and `Cpus_allowed_list` write it: `0`, `0-1`, `0,2-3`.
struct CPUSet: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Sorted, without duplicates.
    let cpus: [Int]

    init?(_ text: String) {
        var cpus = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            switch ends.count {
            case 1:
                guard let cpu = ends[0], cpu >= 0 else { return nil }
                cpus.insert(cpu)
            case 2:
                guard let low = ends[0], let high = ends[1], low >= 0, high >= low, high < 4096
                else { return nil }
                cpus.formUnion(low...high)
            default: return nil
            }
        }
        guard !cpus.isEmpty else { return nil }
        self.cpus = cpus.sorted()
    }

    /// `0-1,3`: ranges joined.
    var description: String {
        var parts: [String] = []
        var index = 0
        while index < cpus.count {
            var end = index
            while end + 1 < cpus.count && cpus[end + 1] == cpus[end] + 1 { end += 1 }
            parts.append(end == index ? "\(cpus[index])" : "\(cpus[index])-\(cpus[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}
