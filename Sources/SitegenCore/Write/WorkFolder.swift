import Foundation

/// Where builds into one output folder keep what they need for themselves, inside the cache
/// folder, never beside the output: `<cache>/outputs/<hash of the output's path>/` holds the
/// lock, the staging folder and the previous site (recycled by the next build); `<cache>/replaced/`
/// holds what `--force` took over.
public struct WorkFolder: Sendable, Hashable {
    /// `<cache>/outputs/<key>`.
    public let root: String
    public let cache: String
    /// The output's absolute path (a link's target when the site is written through a link).
    public let output: String

    public init(cache: String, output: String) {
        self.cache = URL(fileURLWithPath: cache).standardizedFileURL.path
        self.output = output
        root = self.cache + "/outputs/" + FNV1a.hex(Array(output.utf8))
    }

    /// The work folder of a build: in the cache folder, or, without one, in the system's
    /// temporary folder (library use; the command line always has a cache).
    public static func of(_ options: BuildOptions, output: String) -> WorkFolder {
        WorkFolder(
            cache: options.cacheFolder ?? NSTemporaryDirectory() + "sitegen-work-\(getuid())",
            output: output)
    }

    public var lock: String { root + "/lock" }
    var staging: String { root + "/staging" }
    var previous: String { root + "/previous" }
    var replaced: String { cache + "/replaced" }

    /// Identifies this output's builds in the environment of every example they start, so the
    /// next build can find what a killed one left running (`OrphanReaper.reapLeftovers`).
    public var scope: String { FNV1a.hex(Array((cache + "\0" + output).utf8)) }

    /// Creates the folder (and the cache folder with its `.gitignore`); each sitegen-owned
    /// subfolder ignores itself, so committing the cache never commits a site.
    func prepare() throws {
        try ExecutionCache(folder: cache).prepareFolder()
        let manager = FileManager.default
        for folder in [cache + "/outputs", cache + "/replaced"] {
            if FileTree.kind(folder) != .directory {
                do {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw SitegenError(
                        .write, path: folder, "cannot create sitegen's work folder (\(error))",
                        hint: "check that \(cache) is writable, or pass --cache with another folder"
                    )
                }
            }
            let ignore = folder + "/.gitignore"
            if FileTree.kind(ignore) != .file {
                try? Data("*\n".utf8).write(to: URL(fileURLWithPath: ignore))
            }
        }
        if FileTree.kind(root) != .directory {
            do {
                try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
            } catch {
                throw SitegenError(
                    .write, path: root, "cannot create sitegen's work folder (\(error))",
                    hint: "check that \(cache) is writable, or pass --cache with another folder")
            }
        }
        // Says which output this folder serves, for a person looking into the cache.
        let note = root + "/output.txt"
        if (try? String(contentsOfFile: note, encoding: .utf8)) != output + "\n" {
            try? PlainFile.replace(Data((output + "\n").utf8), at: note)
        }
    }

    /// True when the work folder and the output's parent are on one file system, so the staging
    /// folder can live here and be renamed into place.
    func sharesFileSystem(withParentOf path: String) -> Bool {
        var work = stat()
        var parent = stat()
        guard stat(root, &work) == 0,
            stat((path as NSString).deletingLastPathComponent, &parent) == 0
        else { return false }
        return work.st_dev == parent.st_dev
    }

    /// Deletes the work folders (previous sites, staging) of outputs that no longer exist, once
    /// unlocked and untouched for `age` seconds, so deleted outputs do not leave copies in the
    /// cache. `replaced/` is never cleaned: it holds what `--force` took over.
    static func removeAbandoned(except current: WorkFolder, age: Double = 3600) {
        let manager = FileManager.default
        let outputs = current.cache + "/outputs"
        let now = Date().timeIntervalSince1970
        for name in (try? manager.contentsOfDirectory(atPath: outputs)) ?? [] {
            let root = outputs + "/" + name
            guard root != current.root, FileTree.kind(root) == .directory,
                let served = try? String(contentsOfFile: root + "/output.txt", encoding: .utf8)
            else { continue }
            let output = served.trimmingCharacters(in: .newlines)
            var info = stat()
            guard !output.isEmpty, !FileTree.exists(output), stat(root + "/lock", &info) == 0,
                now - Double(info.st_mtim.tv_sec) > age
            else { continue }
            let descriptor = open(root + "/lock", O_RDWR | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { try? manager.removeItem(atPath: root) }
            close(descriptor)
        }
    }

    /// A new, unused path in `replaced/` for what `--force` takes over at `output`.
    func replacedSlot() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base =
            "\(replaced)/\((output as NSString).lastPathComponent)-\(formatter.string(from: Date()))"
        var slot = base
        var counter = 1
        while FileTree.exists(slot) {
            counter += 1
            slot = base + "-\(counter)"
        }
        return slot
    }
}
