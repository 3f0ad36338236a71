import Foundation

/// File paths as plain text, split on `/` by hand: this toolchain's `NSString` path methods trap
/// (SIGILL) on one-character components, so sitegen never calls them. Resolving a path (`real`)
/// is the only function here that reads the file system.
public enum Paths {
    /// The folder holding `path`: `"a/b"` → `"a"`, `"a"` → `""`, `"/a"` → `"/"`.
    static func parent(_ path: String) -> String {
        let trimmed = trimmingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let head = trimmed[..<slash]
        let parent = String(head.reversed().drop { $0 == "/" }.reversed())
        return parent.isEmpty ? "/" : parent
    }

    /// The last component: `"a/b.md"` → `"b.md"`, `"a/"` → `"a"`, `"/"` → `"/"`.
    public static func name(_ path: String) -> String {
        let trimmed = trimmingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The extension of the last component without its dot (`""` when none, or for `.hidden`).
    public static func fileExtension(_ path: String) -> String {
        let last = name(path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    /// `base/component`, with one slash between them.
    static func join(_ base: String, _ component: String) -> String {
        if base.isEmpty { return component }
        if component.isEmpty { return base }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    /// An absolute path with `.`, `..` and repeated slashes removed by their text (relative paths
    /// start at the current folder); links are not looked at (see `real`).
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : join(currentFolder(), path)
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path with every link resolved, including for a path whose last components do not exist
    /// yet: the longest existing ancestor is resolved by `realpath`, the rest appended (a missing
    /// folder cannot be a link). So `al/site`, with `al` a link to `content`, is
    /// `<content>/site`, and overlap checks compare what will really be written.
    static func real(_ path: String) -> String {
        var components: [String] = []
        var current = path.hasPrefix("/") ? path : join(currentFolder(), path)
        while true {
            if let resolved = realpath(current, nil) {
                let head = String(cString: resolved)
                free(resolved)
                // `..` after a missing folder is resolved by text: the folder will be created.
                return absolute(components.reversed().reduce(head) { join($0, $1) })
            }
            let up = parent(current)
            if up.isEmpty || up == current { return absolute(path) }
            components.append(name(current))
            current = up
        }
    }

    /// The path with every link above its last component resolved, and the last one as it is:
    /// for a folder sitegen owns (the cache), which must not itself be a link.
    static func realParent(_ path: String) -> String {
        let absolute = absolute(path)
        guard absolute != "/" else { return absolute }
        return join(real(parent(absolute)), name(absolute))
    }

    /// True when `path` is `folder` or inside it (both absolute and resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    private static func trimmingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    private static func currentFolder() -> String {
        FileManager.default.currentDirectoryPath
    }
}
