import Foundation

/// Which cache entries each site uses, so that a cache folder can be shared by several sites:
/// `<cache>/owners/<hash>.json` per content folder and output folder, rewritten after every
/// successful build with the entries it used. A build deletes only entries that an earlier build
/// of the same content into the same output used, that it no longer uses, and that no other
/// site's index lists. Entries no index lists (written by another tool or an older sitegen) are
/// never deleted.
struct CacheOwners {
    struct Index: Codable, Hashable {
        var content: String
        var output: String
        var entries: [String]
    }

    let cache: ExecutionCache
    var folder: String { cache.folder + "/owners" }

    /// The index file of builds of `content` into `output` (absolute paths).
    func file(content: String, output: String) -> String {
        folder + "/" + FNV1a.hex(Array((content + "\0" + output).utf8)) + ".json"
    }

    /// Records that this site now uses exactly `used`, and deletes the entries it used before,
    /// no longer uses, and no other site lists. Returns the deleted entry files. Holds a lock on
    /// the index folder meanwhile, so two sites finishing at once do not miss each other.
    @discardableResult
    func update(content: String, output: String, using used: Set<String>) -> [String] {
        // The index only saves disk space: a cache it cannot open (a link where `owners/` should
        // be) keeps every entry.
        guard let opened = try? cache.prepareFolder() else { return [] }
        let existed = opened.kind("owners") == .folder
        guard let owners = try? opened.folder("owners", create: true) else { return [] }
        if !existed || owners.kind(".gitignore") != .file {
            // This machine's paths: never committed, whatever the cache's own .gitignore says.
            try? owners.replace(".gitignore", Array("*\n".utf8))
        }
        let descriptor = (try? owners.openFile(".lock")) ?? -1
        if descriptor >= 0 { _ = flock(descriptor, LOCK_EX) }
        defer { if descriptor >= 0 { close(descriptor) } }

        let mine = Paths.name(file(content: content, output: output))
        var before: Set<String> = []
        var others: Set<String> = []
        for entry in owners.entries() where entry.kind == .file && entry.name.hasSuffix(".json") {
            guard let bytes = owners.read(entry.name),
                let index = try? JSONDecoder().decode(Index.self, from: Data(bytes))
            else { continue }
            if entry.name == mine {
                before = Set(index.entries)
            } else {
                others.formUnion(index.entries)
            }
        }
        let unused = before.subtracting(used).subtracting(others).sorted()
        for entry in unused where ExecutionCache.isEntryFile(entry) {
            opened.remove(entry)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let index = Index(content: content, output: output, entries: used.sorted())
        if let data = try? encoder.encode(index) { try? owners.replace(mine, data) }
        return unused
    }
}
