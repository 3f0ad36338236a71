/// A runnable block's `params="workers=1,2,4,8;size=64,4096"`: named lists of values, one measured
/// configuration per combination (the cartesian product, first parameter varying slowest).
///
/// Each configuration is its own example, id `<id>@workers=2,size=64`, and its process gets every
/// value as an environment variable: `SITEGEN_PARAM_WORKERS=2`, `SITEGEN_PARAM_SIZE=64`.
struct ParameterSweep: Sendable, Hashable {
    /// One parameter and the values it takes, in the order written.
    struct Parameter: Sendable, Hashable {
        var name: String
        var values: [String]
    }

    var parameters: [Parameter]

    /// More configurations than this is almost certainly a typo, and would make the build crawl.
    static let maximumConfigurations = 64

    /// Why a `params` value could not be read.
    struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws(Failure) -> ParameterSweep {
        var parameters: [Parameter] = []
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = pieces[0].trimmingSpaces
            guard pieces.count == 2 else {
                throw Failure(description: "'\(part)' has no '=' between a name and its values")
            }
            guard let first = name.first, first.isASCII, first.isLowercase,
                name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
            else {
                throw Failure(
                    description:
                        "'\(name)' is not a parameter name (lower-case letters, digits and '_', starting with a letter)"
                )
            }
            guard !parameters.contains(where: { $0.name == name }) else {
                throw Failure(description: "'\(name)' is given twice")
            }
            let values = pieces[1].split(separator: ",", omittingEmptySubsequences: false).map(
                \.trimmingSpaces)
            for value in values {
                guard !value.isEmpty,
                    value.allSatisfy({
                        $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0))
                    })
                else {
                    throw Failure(
                        description:
                            "'\(name)' has an empty or unusable value '\(value)' (letters, digits, '.', '_', '-')"
                    )
                }
            }
            guard Set(values).count == values.count else {
                throw Failure(description: "'\(name)' lists a value twice")
            }
            parameters.append(Parameter(name: name, values: values))
        }
        // Saturating: 64 parameters of two values each would overflow Int and trap.
        let count = parameters.reduce(1) { product, parameter in
            let (result, overflow) = product.multipliedReportingOverflow(
                by: parameter.values.count)
            return overflow ? Int.max : result
        }
        guard count <= maximumConfigurations else {
            let shown = count == Int.max ? "more than \(Int.max)" : "\(count)"
            throw Failure(
                description:
                    "\(shown) configurations, more than the \(maximumConfigurations) allowed")
        }
        return ParameterSweep(parameters: parameters)
    }

    /// Every combination of values, as (name, value) pairs in parameter order.
    var configurations: [[(name: String, value: String)]] {
        parameters.reduce([[]]) { partial, parameter in
            partial.flatMap { prefix in parameter.values.map { prefix + [(parameter.name, $0)] } }
        }
    }

    /// `pool` + workers=2, size=64 → `pool@workers=2,size=64`.
    static func id(_ base: String, _ configuration: [(name: String, value: String)])
        -> String
    {
        configuration.isEmpty
            ? base
            : base + "@" + configuration.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
