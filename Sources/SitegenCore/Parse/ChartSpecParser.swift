/// Reads a `chart` fence into a `ChartSpec`, checking its kind and example ids against the site.
enum ChartSpecParser {
    static let language = "chart"
    static let attributes: Set<String> = [
        "kind", "examples", "title", "caption", "baseline", "bound",
    ]

    /// `ids` are the examples' full ids, `bases` the base ids of `params=` blocks.
    static func parse(_ block: CodeBlock, ids: Set<String>, bases: Set<String>) throws -> ChartSpec
    {
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
                hint: "write e.g. examples=\"cpu-sequential,cpu-threads\" (example ids)")
        }
        for id in examples {
            let known =
                kind == .scaling ? bases.contains(id) : ids.contains(id) || bases.contains(id)
            guard known else {
                let what = kind == .scaling ? "a params=\"workers=…\" block" : "an example"
                throw SitegenError(
                    .parse, at: location,
                    "the chart names '\(id)', which is not \(what) of this site",
                    hint: "use the id= of a runnable block"
                        + (kind == .scaling ? " with params=" : ""))
            }
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
        return ChartSpec(
            kind: kind, examples: examples,
            title: block.info["title"]
                ?? "\(kind.rawValue.capitalized): \(examples.joined(separator: ", "))",
            location: location, caption: block.info["caption"], baseline: block.info["baseline"],
            bound: bound ?? .cpu)
    }
}
