// libFuzzer entry point for ParameterSweep.parse (a runnable fence's `params=` value): no crash,
// and a sweep that parses has at most 64 configurations, each naming every parameter once, with
// distinct ids. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: params
// fuzz-sources: Sources/SitegenCore/Parse/ParameterSweep.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func parameterSweepFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let sweep = try? ParameterSweep.parse(text) else { return 0 }
    let configurations = sweep.configurations
    precondition(
        configurations.count <= ParameterSweep.maximumConfigurations, "too many configurations")
    precondition(
        configurations.count == sweep.parameters.reduce(1) { $0 * $1.values.count },
        "not the cartesian product")
    let names = sweep.parameters.map(\.name)
    precondition(Set(names).count == names.count, "a parameter given twice")
    var ids: Set<String> = []
    for configuration in configurations {
        precondition(configuration.map(\.name) == names, "a configuration misses a parameter")
        for pair in configuration {
            precondition(!pair.value.isEmpty, "an empty value")
            precondition(!pair.value.contains(",") && !pair.value.contains(";"), "a separator kept")
        }
        precondition(ids.insert(ParameterSweep.id("x", configuration)).inserted, "duplicate id")
    }
    return 0
}
