import Foundation

/// The previous site, kept in the output's work folder after a swap, and recycled as the next
/// build's staging folder: its files are overwritten in place, so a rebuild neither creates nor
/// deletes inodes. (On ext4 without a journal, creating a file scans every inode freed in the
/// last minutes, which made writing 10,000 pages after deleting 10,000 take seconds.)
enum SpareTree {
    /// The names of the trees in a work folder that a build may recycle: `staging` (a killed
    /// build's), `staging-PID` (set aside because they could not be recycled) and `previous`.
    /// Only real folders: a link there is never a tree to recycle.
    static func candidates(in root: Folder) -> [String] {
        root.entries().filter {
            $0.kind == .folder
                && ($0.name == "previous" || $0.name == "staging" || $0.name.hasPrefix("staging-"))
        }.map(\.name)
    }

    /// Removes, as themselves, links (or files) where the work folder `root` keeps its trees.
    /// Only for the work folder in the cache: never beside the output, where such names are the
    /// user's.
    static func removeStrays(in root: Folder) {
        for entry in root.entries()
        where entry.kind != .folder
            && (entry.name == "previous" || entry.name == "staging"
                || entry.name.hasPrefix("staging-"))
        {
            root.remove(entry.name)
        }
    }

    /// `candidates(in:)` as paths, for a person (and the tests) looking at a work folder.
    static func candidates(in root: String) -> [String] {
        guard let folder = try? Folder.open(root) else { return [] }
        return candidates(in: folder).map { Paths.join(root, $0) }
    }

    /// Moves the first of `spares` (names in `root`) to `staging` (the staging folder itself
    /// first), removes the others (and anything else at `staging`, a link included), and returns
    /// whether one was recycled. Only called under the build lock.
    static func claim(_ spares: [String], in root: Folder, as staging: String) -> Bool {
        let ordered = spares.sorted { ($0 == staging ? 0 : 1, $0) < ($1 == staging ? 0 : 1, $1) }
        var claimed = false
        for name in ordered {
            if !claimed, root.kind(name) == .folder,
                name == staging || root.rename(name, to: root, staging) == 0
            {
                claimed = true
            } else {
                root.remove(name)
            }
        }
        if !claimed { root.remove(staging) }
        return claimed
    }

    /// Removes from `tree` every entry the new site does not have at that path with that kind,
    /// so only files to overwrite and folders to fill remain. Links are removed as links.
    static func prune(
        _ tree: Folder, keeping files: Set<String>, folders: Set<String>,
        below relative: String = ""
    ) {
        for entry in tree.entries() {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.kind == .folder, folders.contains(path),
                let inner = try? tree.folder(entry.name)
            {
                prune(inner, keeping: files, folders: folders, below: path)
            } else if entry.kind != .file || !files.contains(path) {
                tree.remove(entry.name)
            }
        }
    }
}
