import Foundation

/// Where builds into one output folder keep what they need for themselves, inside the cache
/// folder, never beside the output: `<cache>/outputs/<hash of the output's path>/` holds the
/// lock, the staging folder and the previous site (recycled by the next build); `<cache>/replaced/`
/// holds what `--force` took over.
struct WorkFolder: Sendable, Hashable {
    /// `<cache>/outputs/<key>`.
    let root: String
    let cache: String
    /// The output's absolute path (a link's target when the site is written through a link).
    let output: String

    init(cache: String, output: String) {
        self.cache = Paths.realParent(cache)
        self.output = output
        root = self.cache + "/outputs/" + FNV1a.hex(Array(output.utf8))
    }

    /// The work folder of a build: in the cache folder, or, without one, in the system's
    /// temporary folder (library use; the command line always has a cache).
    static func of(_ options: BuildOptions, output: String) -> WorkFolder {
        WorkFolder(
            cache: options.cacheFolder ?? NSTemporaryDirectory() + "sitegen-work-\(getuid())",
            output: output)
    }

    var lock: String { root + "/lock" }
    var staging: String { root + "/staging" }
    var previous: String { root + "/previous" }
    var replaced: String { cache + "/replaced" }

    /// Identifies this output's builds in the environment of every example they start, so the
    /// next build can find what a killed one left running (`OrphanReaper.reapLeftovers`).
    var scope: String { FNV1a.hex(Array((cache + "\0" + output).utf8)) }

    /// The file that is present while a build's examples may be running: written before the
    /// first one starts, removed once they have all ended. A build that finds it knows an earlier
    /// one was killed, and only then scans `/proc` for what it left (`OrphanReaper`).
    static let runningMarker = "examples-running"

    /// The work folder's descriptors, opened once by `prepare()`: every file operation of a
    /// build on the cache goes through them, following no link.
    struct Opened: @unchecked Sendable {
        let cache: Folder
        let root: Folder
        let replaced: Folder
    }

    /// Creates the folder (and the cache folder with its `.gitignore`); each sitegen-owned
    /// subfolder ignores itself, so committing the cache never commits a site. A link where one
    /// of these folders should be is an error naming it; a linked `.gitignore` is replaced.
    @discardableResult
    func prepare() throws -> Opened {
        let cacheFolder = try ExecutionCache(folder: cache).prepareFolder()
        var opened: [Folder] = []
        for name in ["outputs", "replaced"] {
            let folder = try cacheFolder.folder(name, create: true)
            if folder.kind(".gitignore") != .file {
                try folder.replace(".gitignore", Array("*\n".utf8))
            }
            opened.append(folder)
        }
        let root = try opened[0].folder(Paths.name(self.root), create: true)
        // Says which output this folder serves, for a person looking into the cache.
        let text = Array((output + "\n").utf8)
        if root.read("output.txt", limit: 1 << 16) != text {
            try root.replace("output.txt", text)
        }
        return Opened(cache: cacheFolder, root: root, replaced: opened[1])
    }

    /// Deletes the work folders (previous sites, staging) of outputs that no longer exist, once
    /// unlocked and untouched for `age` seconds, so deleted outputs do not leave copies in the
    /// cache. `replaced/` is never cleaned: it holds what `--force` took over.
    static func removeAbandoned(except current: WorkFolder, age: Double = 3600) {
        let now = Date().timeIntervalSince1970
        // A cache without an outputs folder (or with a link there) has nothing to clean.
        guard let outputs = try? Folder.open(current.cache + "/outputs") else { return }
        for entry in outputs.entries() where entry.kind == .folder {
            guard entry.name != Paths.name(current.root),
                let root = try? outputs.folder(entry.name),
                let served = root.read("output.txt", limit: 1 << 16)
            else { continue }
            let output = String(decoding: served, as: UTF8.self)
                .trimmingCharacters(in: .newlines)
            guard !output.isEmpty, !FileTree.exists(output), let touched = root.modified("lock"),
                now - touched > age, let descriptor = try? root.openFile("lock")
            else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { outputs.remove(entry.name) }
            close(descriptor)
        }
    }

    /// A new, unused name in `replaced/` for what `--force` takes over at `output`.
    func replacedSlot(in replaced: Folder) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = "\(Paths.name(output))-\(formatter.string(from: Date()))"
        var slot = base
        var counter = 1
        while replaced.kind(slot) != nil {
            counter += 1
            slot = base + "-\(counter)"
        }
        return slot
    }
}
