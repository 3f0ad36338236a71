import Foundation

/// The previous site, kept hidden beside the output as `.NAME.old-PID` after a swap, and recycled
/// as the next build's staging folder: its files are overwritten in place, so a rebuild neither
/// creates nor deletes inodes. (On ext4 without a journal, creating a file scans every inode freed
/// in the last minutes, which made writing 10,000 pages after deleting 10,000 take seconds.)
enum SpareTree {
    /// Moves a previous tree (or a crashed build's staging folder) to `staging`, removes any
    /// other, and returns whether one was recycled. Only called under the build lock.
    static func claim(parent: String, name: String, as staging: String) -> Bool {
        let manager = FileManager.default
        let prefixes = [".\(name).old-", ".\(name).new-"]
        let candidates = ((try? manager.contentsOfDirectory(atPath: parent)) ?? [])
            .filter { entry in prefixes.contains { entry.hasPrefix($0) } }
            .map { parent + "/" + $0 }
            .sorted { ($0 == staging ? 0 : 1, $0) < ($1 == staging ? 0 : 1, $1) }
        var claimed = false
        for path in candidates {
            if !claimed, FileTree.kind(path) == .directory,
                path == staging || rename(path, staging) == 0
            {
                claimed = true
            } else {
                try? manager.removeItem(atPath: path)
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
