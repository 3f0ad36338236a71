// libFuzzer entry point for FenceInfoParser.parse: no crash, and a parse that succeeds keeps
// its invariants. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: fence-info
// fuzz-sources: Sources/SitegenCore/Parse/FenceInfoParser.swift Sources/SitegenCore/Model/FenceInfo.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func fenceInfoFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let info = try? FenceInfoParser.parse(text) else { return 0 }
    precondition(info.language == info.language.lowercased(), "language not lower-cased")
    for attribute in info.attributes {
        precondition(!attribute.key.isEmpty, "empty attribute name")
        precondition(
            attribute.key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" },
            "attribute name with a separator")
    }
    if info.isRunnable { precondition(!info.language.isEmpty, "runnable without a language") }
    return 0
}
