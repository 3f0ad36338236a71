import Foundation

/// A walk of a folder with `readdir`, which knows each entry's kind without a `stat` per file.
enum FileTree {
    enum Kind { case file, directory, other }

    /// An entry below the root: its path relative to the root and its kind (links are `other`).
    struct Entry {
        var path: String
        var kind: Kind
    }

    /// The entries of the folder `relative` below `root` (one level), paths relative to `root`.
    static func entries(_ root: String, relative: String) -> [Entry] {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var found: [Entry] = []
        while let record = readdir(stream) {
            let name = withUnsafeBytes(of: record.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var kind: Kind
            switch Int32(record.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN): kind = Self.kind(root + "/" + path)
            default: kind = .other
            }
            found.append(Entry(path: path, kind: kind))
        }
        return found
    }

    /// Every entry below `root`, at any depth, paths relative to it; linked folders are listed
    /// but not entered (as FileManager's enumerator does, at a fraction of its cost: it went
    /// through NSString path methods for every entry, issue 22). Order: folder by folder.
    static func walk(_ root: String) -> [Entry] {
        var found: [Entry] = []
        var folders = [""]
        while let folder = folders.popLast() {
            for entry in entries(root, relative: folder) {
                found.append(entry)
                if entry.kind == .directory { folders.append(entry.path) }
            }
        }
        return found
    }

    /// True when something (a link included, even a dangling one) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The kind of one path, not following a final link.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
