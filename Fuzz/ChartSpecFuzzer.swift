// libFuzzer entry point for ChartSpecParser.parse: the input is a `chart` fence's info string
// after the word `chart`; no crash, and a spec that parses names only known examples.
// Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: chart-spec
// fuzz-sources: Sources/SitegenCore/Parse/ChartSpecParser.swift Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/SitegenCore/Model/FenceInfo.swift Sources/SitegenCore/Model/CodeBlock.swift Sources/SitegenCore/Model/ChartSpec.swift Sources/SitegenCore/Model/SitegenError.swift Sources/SitegenCore/Model/SourceLocation.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

// The parser's default title uses Foundation's `capitalized`.
import Foundation

private let ids: Set<String> = ["cpu-threads", "cpu-processes", "sweep@workers=1", "a"]
private let bases: Set<String> = ["sweep", "a"]

@_cdecl("LLVMFuzzerTestOneInput")
public func chartSpecFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let infoString = "chart " + text
    guard let info = try? FenceInfoParser.parse(infoString) else { return 0 }
    let block = CodeBlock(
        infoString: infoString, info: info, code: "",
        location: SourceLocation(file: "fuzz.md", line: 1))
    guard let spec = try? ChartSpecParser.parse(block, ids: ids, bases: bases) else { return 0 }
    precondition(!spec.examples.isEmpty, "a chart without examples")
    for id in spec.examples {
        precondition(!id.isEmpty, "an empty example id")
        if spec.kind == .scaling {
            precondition(bases.contains(id), "a scaling chart of an unknown sweep")
        } else {
            precondition(ids.contains(id) || bases.contains(id), "a chart of an unknown example")
        }
    }
    precondition(spec.anchor.hasPrefix("chart-\(spec.kind.rawValue)-"), "anchor without its kind")
    return 0
}
