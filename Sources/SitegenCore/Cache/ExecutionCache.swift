import Foundation

/// The execution cache on disk: one JSON file per result, named by the hash of its key, in a
/// folder (`.sitegen-cache/` by default). The file holds the full key, compared on load, so a
/// hash collision can only cost a re-run, never a wrong result.
public struct ExecutionCache: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The entry stored under `key`, if its file exists, decodes and holds exactly this key.
    public func entry(for key: CacheKey) -> CacheEntry? {
        guard let data = FileManager.default.contents(atPath: path(key.fileName)),
            let entry = try? JSONDecoder().decode(CacheEntry.self, from: data), entry.key == key
        else { return nil }
        return entry
    }

    /// Every readable entry with its file name, for `--no-exec`.
    public func allEntries() -> [(file: String, entry: CacheEntry)] {
        entryFiles().compactMap { file in
            guard let data = FileManager.default.contents(atPath: path(file)),
                let entry = try? JSONDecoder().decode(CacheEntry.self, from: data)
            else { return nil }
            return (file, entry)
        }
    }

    /// Writes each entry to its file (atomically), creating the folder with a `.gitignore`.
    public func store(_ entries: [CacheEntry]) throws {
        guard !entries.isEmpty else { return }
        try prepareFolder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for entry in entries {
            let file = path(entry.key.fileName)
            do {
                try PlainFile.replace(encoder.encode(entry), at: file)
            } catch {
                throw SitegenError(
                    .execute, path: file, "could not write the execution cache (\(error))",
                    hint: "check that \(folder) is writable, or pass --cache with another folder")
            }
        }
    }

    /// Creates the folder, with a `.gitignore` that ignores it (delete that file to commit it).
    func prepareFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
            isFolder.boolValue
        {
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            try Data(Self.gitignore.utf8).write(
                to: URL(fileURLWithPath: path(".gitignore")), options: .atomic)
        } catch {
            throw SitegenError(
                .execute, path: folder, "could not create the execution cache folder (\(error))",
                hint: "check that its parent is writable, or pass --cache with another folder")
        }
    }

    static let gitignore = """
        # sitegen's execution cache. To commit the results, so that CI can render without running
        # the examples (sitegen --no-exec), delete the line "*"; the others are this machine's.
        *
        build-*.json
        interpreters.json
        owners/
        outputs/
        replaced/

        """

    func path(_ file: String) -> String { folder + "/" + file }

    /// `<16 hex digits>.json` files: the entries (not interpreters.json, not .gitignore).
    func entryFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { Self.isEntryFile($0) }.sorted()
    }

    static func isEntryFile(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(5)
        return stem.count == 16 && stem.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
