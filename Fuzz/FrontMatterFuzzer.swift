// libFuzzer entry point for FrontMatter.parse: no crash, and a parse that succeeds keeps its
// invariants. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: front-matter
// fuzz-sources: Sources/SitegenCore/Load/FrontMatter.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    guard let front = try? FrontMatter.parse(text) else { return 0 }
    precondition(front.bodyFirstLine >= 1, "body starts before line 1")
    precondition(Set(front.fields.keys) == Set(front.lines.keys), "a field without its line")
    for (key, line) in front.lines {
        precondition(!key.isEmpty, "empty key")
        precondition(line >= 2 && line < front.bodyFirstLine, "key line outside the front matter")
    }
    if front.fields.isEmpty && front.bodyFirstLine == 1 { precondition(front.body == text) }
    return 0
}
