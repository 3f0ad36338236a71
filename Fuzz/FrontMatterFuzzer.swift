// libFuzzer entry point for FrontMatter.split (the part of front matter parsing that is sitegen's
// own code; the YAML inside is read by Yams/libyaml): no crash, and a split that succeeds keeps
// its invariants. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: front-matter
// fuzz-sources: Sources/SitegenCore/Load/FrontMatter.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let split: FrontMatter.Block?
    do { split = try FrontMatter.split(text) } catch { return 0 }
    guard let block = split else {
        precondition(!text.hasPrefix("---\n") && !text.hasPrefix("---\r\n"), "front matter missed")
        return 0
    }
    precondition(block.yamlFirstLine == 2, "YAML starts after the opening ---")
    precondition(block.bodyFirstLine >= 3, "body starts before the closing ---")
    let yamlLines = block.yaml.utf8.filter { $0 == UInt8(ascii: "\n") }.count
    precondition(block.bodyFirstLine == yamlLines + 3, "body line does not follow the YAML")
    precondition(text.hasSuffix(block.body), "body is not the end of the text")
    return 0
}
