import Foundation

/// The previous site, kept in the output's work folder after a swap, and recycled as the next
/// build's staging folder: its files are overwritten in place, so a rebuild neither creates nor
/// deletes inodes. (On ext4 without a journal, creating a file scans every inode freed in the
/// last minutes, which made writing 10,000 pages after deleting 10,000 take seconds.)
enum SpareTree {
    /// The trees in a work folder that a build may recycle: `staging` (a killed build's),
    /// `staging-PID` (set aside because they could not be recycled) and `previous`.
    static func candidates(in root: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { $0 == "previous" || $0 == "staging" || $0.hasPrefix("staging-") }
            .sorted().map { root + "/" + $0 }
    }

    /// Moves the first folder of `spares` to `staging` (the staging folder itself first),
    /// removes the others, and returns whether one was recycled. Only called under the build
    /// lock, with trees sitegen wrote.
    static func claim(_ spares: [String], as staging: String) -> Bool {
        let ordered = spares.sorted { ($0 == staging ? 0 : 1, $0) < ($1 == staging ? 0 : 1, $1) }
        var claimed = false
        for path in ordered {
            if !claimed, FileTree.kind(path) == .directory,
                path == staging || rename(path, staging) == 0
            {
                claimed = true
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        return claimed
    }

    /// Removes from the tree at `root` every entry the new site does not have at that path with
    /// that kind, so only files to overwrite and folders to fill remain.
    static func prune(
        _ root: String, keeping files: Set<String>, folders: Set<String>,
        below relative: String = ""
    ) {
        for entry in FileTree.entries(root, relative: relative) {
            if entry.kind == .directory, folders.contains(entry.path) {
                prune(root, keeping: files, folders: folders, below: entry.path)
            } else if entry.kind != .file || !files.contains(entry.path) {
                try? FileManager.default.removeItem(atPath: root + "/" + entry.path)
            }
        }
    }
}
