/// Reads a `chart` fence into a `ChartSpec`, checking its kind and example ids against the site.
enum ChartSpecParser {
    static let language = "chart"
    /// Known attributes; a later stage that reads a new one adds it here and finds its value in
    /// `ChartSpec.attributes`.
    static let attributes: Set<String> = [
        "kind", "examples", "title", "x", "label", "caption", "baseline", "bound",
        "budget",
        "time",
    ]

    static func parse(_ block: CodeBlock, examples all: [Example]) throws -> ChartSpec {
        let ids = Set(all.map(\.id))
        let bases = Set(all.filter { !$0.parameters.isEmpty }.map(\.baseID))
        let location = block.location
        for attribute in block.info.attributes where !attributes.contains(attribute.key) {
            throw SitegenError(
                .parse, at: location, "unknown attribute '\(attribute.key)' on a chart block",
                hint: "known attributes are \(attributes.sorted().joined(separator: ", "))")
        }
        let kinds = ChartSpec.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = block.info["kind"] else {
            throw SitegenError(
                .parse, at: location, "a chart block needs kind=",
                hint: "write kind= one of \(kinds)")
        }
        guard let kind = ChartSpec.Kind(rawValue: name) else {
            throw SitegenError(
                .parse, at: location, "unknown chart kind '\(name)'",
                hint: "write kind= one of \(kinds)")
        }
        let examples = (block.info["examples"] ?? "").split(separator: ",").map {
            String($0.trimmingWhitespace)
        }.filter { !$0.isEmpty }
        guard !examples.isEmpty else {
            throw SitegenError(
                .parse, at: location, "a chart block needs examples=",
                hint: "write e.g. examples=\"baseline,candidate\" (example ids)")
        }
        for id in examples {
            let known =
                kind == .scaling ? bases.contains(id) : ids.contains(id) || bases.contains(id)
            guard known else {
                let what = kind == .scaling ? "a params= block" : "an example"
                throw SitegenError(
                    .parse, at: location,
                    "the chart names '\(id)', which is not \(what) of this site",
                    hint: "use the id= of a runnable block"
                        + (kind == .scaling ? " with params=" : ""))
            }
        }
        var labels: [String] = []
        if let text = block.info["label"] {
            labels = text.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0.trimmingWhitespace)
            }
            guard labels.count == examples.count, !labels.contains(where: \.isEmpty) else {
                throw SitegenError(
                    .parse, at: location,
                    "label= has \(labels.count) labels for \(examples.count) entries of examples=",
                    hint: "write one label per example, comma-separated, in the same order")
            }
        }
        var parameter: String?
        if kind == .scaling {
            parameter = try sweptParameter(
                block.info["x"], sweeps: examples, all: all, at: location)
        } else if let x = block.info["x"] {
            throw SitegenError(
                .parse, at: location, "x=\(x) only applies to kind=scaling",
                hint: "remove x=, or draw kind=scaling")
        }
        if let baseline = block.info["baseline"], !examples.contains(baseline) {
            throw SitegenError(
                .parse, at: location, "baseline=\(baseline) is not one of the chart's examples",
                hint: "write baseline= one of \(examples.joined(separator: ", "))")
        }
        let bounds = ChartSpec.Bound.allCases.map(\.rawValue).joined(separator: " or ")
        let bound = try block.info["bound"].map { name in
            guard let bound = ChartSpec.Bound(rawValue: name) else {
                throw SitegenError(
                    .parse, at: location, "unknown bound '\(name)' on a chart block",
                    hint: "write bound=\(bounds): what limits the work")
            }
            return bound
        }
        var budget: Double?
        if let text = block.info["budget"] {
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw SitegenError(
                    .parse, at: location,
                    "budget must be a positive number of seconds, not '\(text)'",
                    hint: "write e.g. budget=60 (seconds the compared examples may spend in rounds)"
                )
            }
            budget = seconds
        }
        var time = ChartSpec.TimeBasis.wall
        if let text = block.info["time"] {
            guard let basis = ChartSpec.TimeBasis(rawValue: text), spec(kind, allowsTime: basis)
            else {
                throw SitegenError(
                    .parse, at: location, "time=\(text) does not fit a \(kind.rawValue) chart",
                    hint:
                        "write time=wall (whole-process wall time, the default) or time=work (less the interpreter's start-up), on a comparison or scaling chart"
                )
            }
            time = basis
        }
        var spec = ChartSpec(
            kind: kind, examples: examples, budget: budget,
            title: block.info["title"]
                ?? "\(kind.rawValue.capitalized): \(examples.joined(separator: ", "))",
            location: location, parameter: parameter, labels: labels,
            attributes: Dictionary(block.info.attributes.map { ($0.key, $0.value) }) { _, last in
                last
            },
            caption: block.info["caption"], baseline: block.info["baseline"], bound: bound ?? .cpu)
        spec.time = time
        return spec
    }

    /// `time=work` is for the charts that compare times.
    static func spec(_ kind: ChartSpec.Kind, allowsTime basis: ChartSpec.TimeBasis) -> Bool {
        basis == .wall || kind == .comparison || kind == .scaling
    }

    /// The parameter a scaling chart puts on its x axis: `x=`, or the only parameter the sweeps
    /// share. Every sweep must have whole-number values of it, including 1 (the baseline), or
    /// the chart would have nothing to draw.
    static func sweptParameter(
        _ written: String?, sweeps: [String], all: [Example], at location: SourceLocation
    ) throws -> String {
        let configurations = sweeps.map { base in all.filter { $0.baseID == base } }
        let shared =
            configurations.map { Set($0.flatMap(\.parameters.keys)) }.reduce(nil) {
                (result: Set<String>?, keys) in result.map { $0.intersection(keys) } ?? keys
            } ?? []
        let parameter: String
        if let written {
            guard shared.contains(written) else {
                throw SitegenError(
                    .parse, at: location, "x=\(written) is not a parameter of every sweep charted",
                    hint: shared.isEmpty
                        ? "the sweeps share no parameter: chart sweeps over the same one"
                        : "their shared parameters are \(shared.sorted().joined(separator: ", "))")
            }
            parameter = written
        } else {
            guard shared.count == 1, let only = shared.first else {
                throw SitegenError(
                    .parse, at: location,
                    shared.isEmpty
                        ? "the sweeps charted share no parameter to put on the x axis"
                        : "the sweeps share several parameters (\(shared.sorted().joined(separator: ", ")))",
                    hint:
                        "name the swept parameter with x=, e.g. x=\(shared.sorted().first ?? "threads")"
                )
            }
            parameter = only
        }
        for (base, sweep) in zip(sweeps, configurations) {
            let values = sweep.compactMap { $0.parameters[parameter] }
            guard values.allSatisfy({ Int($0).map { $0 >= 1 } ?? false }),
                values.contains("1")
            else {
                throw SitegenError(
                    .parse, at: location,
                    "the sweep '\(base)' has \(parameter)=\(values.joined(separator: ",")): a scaling chart needs whole numbers from 1 (its baseline), or it has nothing to draw",
                    hint: "sweep e.g. params=\"\(parameter)=1,2,4\", or draw kind=comparison")
            }
        }
        return parameter
    }
}
