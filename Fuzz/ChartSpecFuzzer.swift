// libFuzzer entry point for ChartSpecParser.parse: the input is a `chart` fence's info string
// after the word `chart`; no crash, and a spec that parses names only known examples, puts a
// parameter of every sweep on a scaling chart's x axis, and keeps its labels, baseline and
// attributes consistent. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: chart-spec
// fuzz-sources: Sources/SitegenCore/Parse/ChartSpecParser.swift Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/SitegenCore/Model/FenceInfo.swift Sources/SitegenCore/Model/CodeBlock.swift Sources/SitegenCore/Model/ChartSpec.swift Sources/SitegenCore/Model/Example.swift Sources/SitegenCore/Model/Example+Parameters.swift Sources/SitegenCore/Model/ExpectedOutcome.swift Sources/SitegenCore/Model/RunOutcome.swift Sources/SitegenCore/Model/SitegenError.swift Sources/SitegenCore/Model/SourceLocation.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

// The parser's default title uses Foundation's `capitalized`.
import Foundation

/// `precondition` without its message in -O builds: this one names the broken invariant.
private func invariant(_ holds: Bool, _ message: @autoclosure () -> String) {
    if !holds { fatalError("invariant broken: \(message())") }
}

/// A plain example, or one configuration of a `params=` sweep (`sweep@workers=2`).
private func example(_ base: String, _ parameters: [(String, String)] = []) -> Example {
    let id =
        parameters.isEmpty
        ? base : base + "@" + parameters.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
    return Example(
        id: id, page: "fuzz.html", language: "python", code: "",
        location: SourceLocation(
            file: "fuzz.md", line: 1), timeout: 60,
        parameters: Dictionary(uniqueKeysWithValues: parameters))
}

/// Plain examples; `sweep` and `pool` over `workers` from 1 (scalable, also with x=workers);
/// `grid` over `size` and `workers` (x= needed); `sizes` over `size` only (no shared parameter
/// with `sweep`); `bad` over workers without 1 and `words` over non-numbers (not scalable).
private let examples: [Example] =
    [example("cpu-threads"), example("cpu-processes"), example("a")]
    + ["1", "2", "4"].map { example("sweep", [("workers", $0)]) }
    + ["1", "8"].map { example("pool", [("workers", $0)]) }
    + ["1", "2"].flatMap { size in
        ["1", "3"].map { example("grid", [("size", size), ("workers", $0)]) }
    }
    + ["1", "10"].map { example("sizes", [("size", $0)]) }
    + ["0", "2"].map { example("bad", [("workers", $0)]) }
    + ["1", "x", "-1"].map { example("words", [("workers", $0)]) }

private let ids = Set(examples.map(\.id))
private let bases = Set(examples.filter { !$0.parameters.isEmpty }.map(\.baseID))

@_cdecl("LLVMFuzzerTestOneInput")
public func chartSpecFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let infoString = "chart " + text
    guard let info = try? FenceInfoParser.parse(infoString) else { return 0 }
    let block = CodeBlock(
        infoString: infoString, info: info, code: "",
        location: SourceLocation(file: "fuzz.md", line: 1))
    guard let spec = try? ChartSpecParser.parse(block, examples: examples) else { return 0 }
    invariant(!spec.examples.isEmpty, "a chart without examples")
    for id in spec.examples {
        invariant(!id.isEmpty, "an empty example id")
        invariant(id.trimmingCharacters(in: .whitespaces) == id, "an id with spaces kept")
        if spec.kind == .scaling {
            invariant(bases.contains(id), "a scaling chart of an unknown sweep")
        } else {
            invariant(ids.contains(id) || bases.contains(id), "a chart of an unknown example")
        }
    }
    if spec.kind == .scaling {
        guard let parameter = spec.parameter else { fatalError("scaling without x") }
        if let written = info["x"] { invariant(written == parameter, "x= not kept") }
        for base in spec.examples {
            let values = examples.filter { $0.baseID == base }.compactMap {
                $0.parameters[parameter]
            }
            invariant(!values.isEmpty, "a sweep without the charted parameter")
            invariant(values.contains("1"), "a sweep without its baseline at 1")
            invariant(values.allSatisfy { (Int($0) ?? 0) >= 1 }, "a value not a whole number")
        }
    } else {
        invariant(spec.parameter == nil, "a parameter on a chart that is not scaling")
    }
    invariant(
        spec.labels.isEmpty || spec.labels.count == spec.examples.count, "labels not one per id")
    invariant(!spec.labels.contains(where: \.isEmpty), "an empty label")
    invariant(spec.labels.isEmpty == (info["label"] == nil), "label= lost or invented")
    if let baseline = spec.baseline {
        invariant(spec.examples.contains(baseline), "a baseline not charted")
    }
    invariant(spec.caption == info["caption"], "caption= not kept")
    invariant(spec.bound.rawValue == info["bound"] ?? "cpu", "bound= not kept")
    invariant(Set(spec.attributes.keys) == Set(info.attributes.map(\.key)), "attributes lost")
    for (key, value) in spec.attributes {
        invariant(info[key] == value, "an attribute that is not the last one written")
        invariant(ChartSpecParser.attributes.contains(key), "an unknown attribute accepted")
    }
    invariant(spec.anchor.hasPrefix("chart-\(spec.kind.rawValue)-"), "anchor without its kind")
    return 0
}
