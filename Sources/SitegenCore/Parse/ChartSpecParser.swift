/// Reads a `chart` fence into a `ChartSpec`, checking its kind and example ids against the site.
enum ChartSpecParser {
    static let language = "chart"
    static let attributes: Set<String> = ["kind", "examples", "title", "budget"]

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
        return ChartSpec(
            kind: kind, examples: examples, budget: budget,
            title: block.info["title"]
                ?? "\(kind.rawValue.capitalized): \(examples.joined(separator: ", "))",
            location: location)
    }
}
