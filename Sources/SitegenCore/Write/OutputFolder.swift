import Foundation

/// What sitegen may replace at the output path: nothing, an empty folder, or a folder it wrote
/// itself (it carries the mark file `.sitegen-output`). Anything else is the user's and is only
/// taken over with `--force`, which keeps it in the cache folder.
enum OutputFolder {
    /// The mark file every site sitegen writes holds, at its top.
    static let markName = ".sitegen-output"
    /// The mark's first line; later formats change the number.
    static let markFormat = "sitegen output folder, format 1"
    static let markBytes = Array(
        """
        \(markFormat)
        This folder is written by sitegen: every build replaces all of it. Keep your own files
        elsewhere (sitegen refuses to write into a folder without this file, unless --force).

        """.utf8)

    /// What is at an output path before a build.
    enum Found: Sendable, Hashable {
        case nothing
        case emptyFolder
        /// A folder holding sitegen's mark.
        case sitegenFolder
        /// A folder with entries and no mark: the user's.
        case foreignFolder(entries: Int)
        /// A site written by sitegen before the mark existed (its `results.json` says so):
        /// replaced without `--force`, and kept in the cache once, like a takeover.
        case unmarkedSitegenFolder
        case file
        /// A symbolic link to something that is neither sitegen's output nor an empty folder.
        case link(to: String)
        /// A device, socket or pipe.
        case special
    }

    /// Where a build installs the site and what it replaces there.
    struct Target: Sendable, Hashable {
        /// The path as the user gave it, for messages.
        var given: String
        /// The absolute path that is replaced: a link's target when the link points at a folder
        /// sitegen may replace, so the link stays.
        var path: String
        var found: Found
        /// True when `--force` replaces something that is not sitegen's (kept in the cache).
        var takesOver: Bool
    }

    /// The target for `output`, or an error naming it when sitegen may not replace what is
    /// there. Touches nothing.
    static func target(_ output: String, force: Bool, cache: String?) throws -> Target {
        // Links above the output are resolved, so a build writes where the checks looked.
        let path = Paths.realParent(output)
        let found = inspect(path)
        var target = Target(given: output, path: path, found: found, takesOver: false)
        switch found {
        case .nothing:
            try checkCreatable(path)
            return target
        case .emptyFolder, .sitegenFolder:
            return target
        case .unmarkedSitegenFolder:
            target.takesOver = true
            return target
        case .link:
            if let resolved = realpath(path, nil) {
                let destination = String(cString: resolved)
                free(resolved)
                switch inspect(destination) {
                case .emptyFolder, .sitegenFolder:
                    target.path = destination
                    return target
                default: break
                }
            }
        default: break
        }
        if force, found != .special {
            target.takesOver = true
            return target
        }
        throw refusal(output, found: found, cache: cache)
    }

    /// Fails when the output cannot be created because an existing ancestor is not a folder.
    static func checkCreatable(_ path: String) throws {
        var ancestor = Paths.parent(path)
        while !ancestor.isEmpty, ancestor != "/", !FileTree.exists(ancestor) {
            ancestor = Paths.parent(ancestor)
        }
        var info = stat()
        if stat(ancestor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw SitegenError(
                .write, path: ancestor, "cannot create the folder that will hold the site",
                hint: "\(ancestor) is a file; choose an --output folder in a writable place")
        }
    }

    /// Looks at `path` without following a final link.
    static func inspect(_ path: String) -> Found {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .nothing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            // A folder sitegen cannot list is never taken for an empty one.
            guard let stream = opendir(path) else { return .foreignFolder(entries: -1) }
            closedir(stream)
            let entries = FileTree.entries(path, relative: "")
            if entries.isEmpty { return .emptyFolder }
            if isMarked(path) { return .sitegenFolder }
            return isOlderSitegenSite(path)
                ? .unmarkedSitegenFolder : .foreignFolder(entries: entries.count)
        case S_IFREG:
            return .file
        case S_IFLNK:
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path))
            return .link(to: destination ?? "?")
        default:
            return .special
        }
    }

    /// True when `folder` holds a regular mark file whose first line is sitegen's.
    static func isMarked(_ folder: String) -> Bool {
        guard let parent = try? Folder.open(Paths.parent(Paths.absolute(folder))) else {
            return false
        }
        return isMarked(in: parent, Paths.name(folder))
    }

    /// True when `name` in `parent` is a folder (not a link) holding sitegen's mark.
    static func isMarked(in parent: Folder, _ name: String) -> Bool {
        guard parent.kind(name) == .folder, let folder = try? parent.folder(name),
            let head = folder.read(markName, limit: 64)
        else { return false }
        return String(decoding: head, as: UTF8.self).hasPrefix("sitegen output folder, format ")
    }

    /// True for a site of sitegen 0.1 (no mark): `index.html` and a `results.json` whose
    /// `generator` is sitegen.
    static func isOlderSitegenSite(_ folder: String) -> Bool {
        guard FileTree.kind(folder + "/index.html") == .file,
            FileTree.kind(folder + "/results.json") == .file,
            let data = FileManager.default.contents(atPath: folder + "/results.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let generator = object["generator"] as? String
        else { return false }
        return generator.hasPrefix("sitegen ")
    }

    static func refusal(_ output: String, found: Found, cache: String?) -> SitegenError {
        let kept = "\(cache ?? "the cache folder")/replaced/"
        let force = "or --force to replace it (what is there now is moved to \(kept), not deleted)"
        switch found {
        case .foreignFolder(let entries) where entries < 0:
            return SitegenError(
                .write, path: output,
                "the output folder cannot be read, so sitegen cannot tell whether it wrote it; nothing was changed",
                hint: "fix its permissions, or pass another --output")
        case .foreignFolder(let entries):
            return SitegenError(
                .write, path: output,
                "the output folder already holds \(entries) \(entries == 1 ? "entry" : "entries") that sitegen did not write (it has no \(markName) mark); nothing was changed",
                hint: "pass another --output (a new or empty folder), \(force)")
        case .file:
            return SitegenError(
                .write, path: output,
                "the output path is a file, not a folder; nothing was changed",
                hint: "pass another --output, \(force)")
        case .link(let destination):
            return SitegenError(
                .write, path: output,
                "the output path is a symbolic link to \(destination), which is not a folder sitegen wrote; nothing was changed",
                hint:
                    "pass another --output, or --force to replace the link itself (it is moved to \(kept); what it points to is left alone)"
            )
        default:
            return SitegenError(
                .write, path: output,
                "the output path is not a folder (a device, socket or pipe); nothing was changed",
                hint: "pass another --output")
        }
    }

    /// Hidden folders and lock files that sitegen before 0.2 left beside the output
    /// (`.site.old-PID`, `.site.new-PID`, `.site.lock`): no longer used, never deleted by
    /// sitegen (the first of them may hold a user's files it moved aside).
    static func legacyLeftovers(of path: String) -> [String] {
        let parent = Paths.parent(path)
        let name = Paths.name(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter {
            $0.hasPrefix(".\(name).old-") || $0.hasPrefix(".\(name).new-") || $0 == ".\(name).lock"
        }.sorted().map { parent + "/" + $0 }
    }
}
