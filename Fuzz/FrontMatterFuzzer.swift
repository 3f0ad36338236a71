// libFuzzer entry point for FrontMatter.split (sitegen's own line work) and FrontMatter.parse
// (the YAML inside, read by Yams/libyaml through YAMLValue): no crash, and a split or parse that
// succeeds keeps its invariants. Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer`.
//
// fuzz-target: front-matter
// fuzz-packages: Yams
// fuzz-sources: Sources/SitegenCore/Load/FrontMatter.swift Sources/SitegenCore/Load/FrontMatter+YAML.swift Sources/SitegenCore/Load/YAMLValue.swift Sources/SitegenCore/Parse/Substring+Whitespace.swift

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
    // Line ends: "\n", and "\r" when no "\n" follows (as cmark and libyaml count them).
    let yaml = Array(block.yaml.utf8)
    let yamlLines = yaml.indices.filter {
        yaml[$0] == UInt8(ascii: "\n")
            || (yaml[$0] == UInt8(ascii: "\r")
                && ($0 + 1 == yaml.count || yaml[$0 + 1] != UInt8(ascii: "\n")))
    }.count
    precondition(block.bodyFirstLine == yamlLines + 3, "body line does not follow the YAML")
    precondition(text.hasSuffix(block.body), "body is not the end of the text")
    guard let front = try? FrontMatter.parse(text) else { return 0 }
    precondition(front.body == block.body, "parse and split disagree on the body")
    precondition(front.bodyFirstLine == block.bodyFirstLine, "parse and split disagree on the line")
    precondition(
        Set(front.fields.keys).union(front.lists.keys) == Set(front.lines.keys),
        "a field without its line")
    precondition(
        Set(front.lists.keys).isSubset(of: FrontMatter.listKeys), "a list where text is expected")
    for line in front.lines.values {
        precondition(line >= 2 && line < front.bodyFirstLine, "key line outside the front matter")
    }
    return 0
}
