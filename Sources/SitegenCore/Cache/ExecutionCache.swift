import Foundation

/// The execution cache on disk: one JSON file per result, named by the hash of its key, in a
/// folder (`.sitegen-cache/` by default). The file holds the full key, compared on load, so a
/// hash collision can only cost a re-run, never a wrong result.
struct ExecutionCache: Sendable {
    let folder: String
    /// Entries decoded by earlier builds of this process (`sitegen serve`), by their bytes.
    let decoded: CacheEntryMemo?

    init(folder: String, decoded: CacheEntryMemo? = nil) {
        self.folder = folder
        self.decoded = decoded
    }

    /// The entry stored under `key`, if its file exists, decodes and holds exactly this key.
    func entry(for key: CacheKey) -> CacheEntry? {
        // No cache folder (or a link where it should be) is no entry; the store says why.
        guard let bytes = (try? Folder.open(folder))?.read(key.fileName) else { return nil }
        if let known = decoded?.entry(key.fileName, bytes: bytes) {
            return known.key == key ? known : nil
        }
        guard let entry = try? JSONDecoder().decode(CacheEntry.self, from: Data(bytes)) else {
            return nil
        }
        decoded?.remember(entry, key.fileName, bytes: bytes)
        return entry.key == key ? entry : nil
    }

    /// Every readable entry with its file name, for `--no-exec`.
    func allEntries() -> [(file: String, entry: CacheEntry)] {
        guard let opened = try? Folder.open(folder) else { return [] }
        return entryFiles().compactMap { file in
            guard let bytes = opened.read(file),
                let entry = try? JSONDecoder().decode(CacheEntry.self, from: Data(bytes))
            else { return nil }
            return (file, entry)
        }
    }

    /// Writes each entry to its file (atomically), creating the folder with a `.gitignore`.
    func store(_ entries: [CacheEntry]) throws {
        guard !entries.isEmpty else { return }
        let opened = try prepareFolder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for entry in entries {
            let file = path(entry.key.fileName)
            do {
                try opened.replace(entry.key.fileName, encoder.encode(entry))
            } catch {
                throw SitegenError(
                    .execute, path: file, "could not write the execution cache (\(error))",
                    hint: "check that \(folder) is writable, or pass --cache with another folder")
            }
        }
    }

    /// Opens the folder, creating it with a `.gitignore` that ignores it (delete that file to
    /// commit it). A link where the folder should be is an error naming it.
    @discardableResult
    func prepareFolder() throws -> Folder {
        let parent = Paths.parent(Paths.realParent(folder))
        let name = Paths.name(Paths.realParent(folder))
        do {
            let above = try Folder.open(parent, create: true)
            let existed = above.kind(name) != nil
            let opened = try above.folder(name, create: true)
            if !existed { try opened.replace(".gitignore", Array(Self.gitignore.utf8)) }
            return opened
        } catch let error as SitegenError {
            throw SitegenError(
                .execute, path: error.path ?? folder,
                "could not open the execution cache folder: \(error.message)", hint: error.hint)
        }
    }

    static let gitignore = """
        # sitegen's execution cache. To commit the results, so that CI can render without running
        # the examples (sitegen --no-exec), delete the line "*"; the others are this machine's.
        *
        build-*.txt
        interpreters.json
        owners/
        outputs/
        replaced/

        """

    func path(_ file: String) -> String { folder + "/" + file }

    /// `<16 hex digits>.json` files: the entries (not interpreters.json, not .gitignore).
    func entryFiles() -> [String] {
        let entries = (try? Folder.open(folder))?.entries() ?? []
        return entries.filter { $0.kind == .file && Self.isEntryFile($0.name) }.map(\.name)
    }

    static func isEntryFile(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(5)
        return stem.count == 16 && stem.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
